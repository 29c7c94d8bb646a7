#!/usr/bin/env python3
"""Lists the web app's English texts (T["..."]) that Components/Ui.sv.resx does not translate yet.

Usage: python3 tools/ui-texts.py            # prints the missing keys
       python3 tools/ui-texts.py --add F.tsv # adds "english<TAB>swedish" lines to Ui.sv.resx
The test Ekko.Server.Tests/Components/UiTextsTests checks the same thing, so a missing text fails the suite.
"""
import glob, html, re, sys, os
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'Ekko.Server', 'Components')
resx = os.path.join(root, 'Ui.sv.resx')

def used():
    keys = set()
    for f in glob.glob(root + '/**/*.razor', recursive=True) + glob.glob(root + '/**/*.cs', recursive=True):
        s = open(f, encoding='utf-8').read()
        keys.update(k.replace('\\"', '"') for k in re.findall(r'\b[Tt]\["((?:[^"\\]|\\.)*)"\]', s))
    return keys

def translated():
    s = open(resx, encoding='utf-8').read()
    return {html.unescape(k) for k in re.findall(r'<data name="([^"]*)"', s)}

if len(sys.argv) == 3 and sys.argv[1] == '--add':
    s = open(resx, encoding='utf-8').read()
    have = translated()
    rows = []
    for line in open(sys.argv[2], encoding='utf-8'):
        if '\t' in line:
            en, sv = line.rstrip('\n').split('\t', 1)
            if en not in have:
                rows.append(f'  <data name="{html.escape(en)}" xml:space="preserve"><value>{html.escape(sv, quote=False)}</value></data>\n')
                have.add(en)
    s = s.replace('</root>', ''.join(rows) + '</root>')
    open(resx, 'w', encoding='utf-8').write(s)
    print(f'added {len(rows)}')
else:
    for k in sorted(used() - translated()):
        print(k)
