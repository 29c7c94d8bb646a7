/*! Ekko survey widget. Embed: <script async src="https://EKKO/widget.js" data-workspace="SLUG"></script>
    Optional: ekko('identify', {id: 'c-1042', signature: 'hex(HMAC-SHA256(widget secret, id)) from your backend'});
              ekko('event', 'order.completed');  // shows surveys targeted at that event */
(function () {
  'use strict';
  var script = document.currentScript;
  var host = script ? new URL(script.src, location.href).origin : '';
  var workspace = script && script.getAttribute('data-workspace');
  var pending = (window.ekko && window.ekko.q) || [];
  var visitor = null, config = null, events = [], open = false, timers = [];
  var T = {
    en: { close: 'Close survey', send: 'Send', thanks: 'Thank you for your answer!', low: 'low', high: 'high', error: 'Something went wrong. Please try again.' },
    sv: { close: 'Stäng enkäten', send: 'Skicka', thanks: 'Tack för ditt svar!', error: 'Något gick fel. Försök igen.' },
    nb: { close: 'Lukk undersøkelsen', send: 'Send', thanks: 'Takk for svaret ditt!', error: 'Noe gikk galt. Prøv igjen.' },
    da: { close: 'Luk undersøgelsen', send: 'Send', thanks: 'Tak for dit svar!', error: 'Noget gik galt. Prøv igen.' }
  };

  function command(name, arg) {
    if (name === 'init' && arg) { workspace = arg.workspace || workspace; host = arg.host || host; load(); }
    else if (name === 'identify' && arg && arg.id && arg.signature) { visitor = { id: String(arg.id), signature: String(arg.signature) }; load(); }
    else if (name === 'event' && arg) { events.push(String(arg)); if (config) consider(); }
  }
  window.ekko = function () { command.apply(null, arguments); };
  window.ekko.version = 1;

  var loading = null;
  function load() {
    if (!workspace || !host) return;
    var url = host + '/api/public/widget/' + encodeURIComponent(workspace) + '/surveys';
    if (visitor) url += '?visitor=' + encodeURIComponent(visitor.id) + '&signature=' + encodeURIComponent(visitor.signature);
    var request = loading = fetch(url, { credentials: 'omit' }).then(function (r) { return r.ok ? r.json() : null; }).then(function (c) {
      if (request !== loading || !c) return;
      config = c; consider();
    }).catch(function () { /* a survey prompt is never worth breaking the site for */ });
  }

  function storageKey() { return 'ekko.widget.' + workspace; }
  function lastContact() { try { return Number(localStorage.getItem(storageKey())) || 0; } catch (e) { return 0; } }
  function remember() { try { localStorage.setItem(storageKey(), String(Date.now())); } catch (e) { /* private mode */ } }

  function matches(pattern, path) {
    if (!pattern) return true;
    var rx = new RegExp('^' + pattern.split('*').map(function (p) { return p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'); }).join('.*') + '$');
    return rx.test(path);
  }

  var sampled = {};
  function consider() {
    if (open || !config || !config.visitor_may_be_asked) return;
    for (var i = 0; i < config.surveys.length; i++) {
      var s = config.surveys[i], t = s.targeting;
      if (!t.enabled || !matches(t.url_pattern, location.pathname)) continue;
      if (t.event && events.indexOf(t.event) < 0) continue;
      if (s.contact_limit_days > 0 && Date.now() - lastContact() < s.contact_limit_days * 864e5) continue;
      if (!(s.slug in sampled)) sampled[s.slug] = Math.random() * 100 < (t.sampling_percent || 100);
      if (!sampled[s.slug]) continue;
      open = true;
      timers.push(setTimeout(show.bind(null, s), (t.delay_seconds || 0) * 1000));
      return;
    }
  }

  function pickLanguage(s) {
    var wanted = [document.documentElement.lang].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i] || '').toLowerCase().split('-')[0];
      if (code === 'no' || code === 'nn') code = 'nb';
      if (s.languages.indexOf(code) >= 0) return code;
    }
    return s.default_language;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text; // never innerHTML: survey and visitor text stay text
    return e;
  }

  function show(survey) {
    var lang = pickLanguage(survey), words = Object.assign({}, T.en, T[lang] || {});
    var answers = {}, session = null;
    var hostEl = el('div', { 'data-ekko-widget': survey.slug });
    var root = hostEl.attachShadow ? hostEl.attachShadow({ mode: 'open' }) : hostEl;
    var style = el('style', {}, ':host{all:initial}' +
      '.box{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));box-sizing:border-box;background:#fff;color:#1b1b1f;' +
      'border:1px solid #8a8f99;border-radius:.6rem;box-shadow:0 6px 24px #0003;padding:1rem 1.1rem;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
      'h2{font-size:1.05rem;margin:0 2rem .75rem 0;font-weight:650}' +
      '.close{position:absolute;top:.5rem;right:.5rem;width:2rem;height:2rem;border:0;background:none;font-size:1.3rem;cursor:pointer;color:#1b1b1f;border-radius:.3rem}' +
      '.scale{display:grid;grid-template-columns:repeat(var(--n),minmax(0,1fr));gap:.25rem}' +
      '.scale button,.opt{min-height:2.5rem;border:2px solid #5b6170;border-radius:.35rem;background:#fff;color:#1b1b1f;font:inherit;font-weight:600;cursor:pointer}' +
      '.opt{display:block;width:100%;text-align:left;padding:.5rem .75rem;margin-bottom:.35rem;font-weight:400}' +
      '.ends{display:flex;justify-content:space-between;font-size:.85rem;color:#3d424d;margin-top:.3rem}' +
      'textarea{width:100%;box-sizing:border-box;min-height:5rem;font:inherit;padding:.5rem;border:2px solid #5b6170;border-radius:.35rem}' +
      '.send{margin-top:.6rem;min-height:2.5rem;padding:.4rem 1.2rem;border:0;border-radius:.35rem;background:#1f3a5f;color:#fff;font:inherit;font-weight:600;cursor:pointer}' +
      '.error{color:#a4001d;font-weight:600}' +
      'button:focus-visible,textarea:focus-visible{outline:3px solid #b35c00;outline-offset:2px}' +
      '@media (max-width:30rem){.box{right:.5rem;left:.5rem;bottom:.5rem;width:auto}}');
    var box = el('section', { 'class': 'box', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ekko-q', lang: lang });
    var close = el('button', { 'class': 'close', type: 'button', 'aria-label': words.close }, '\u00d7');
    var body = el('div', { 'aria-live': 'polite' });
    close.addEventListener('click', dismiss);
    box.addEventListener('keydown', function (e) { if (e.key === 'Escape') dismiss(); });
    box.appendChild(close); box.appendChild(body);
    root.appendChild(style); root.appendChild(box);
    document.body.appendChild(hostEl);
    remember();
    render(first());

    function dismiss() { hostEl.remove(); }
    function visible(q) {
      var c = q.show_if; if (!c) return true;
      var a = answers[c.question]; if (a == null) return false;
      if (typeof a === 'number') return (c.min == null || a >= c.min) && (c.max == null || a <= c.max);
      var chosen = [].concat(a); return (c.any_of || []).some(function (o) { return chosen.indexOf(o) >= 0; });
    }
    function first() { return survey.questions.filter(visible)[0]; }
    function text(map) { return map[lang] || map[survey.default_language] || ''; }

    function render(q, problem) {
      body.textContent = '';
      if (!q) { body.appendChild(el('h2', { id: 'ekko-q', tabindex: '-1' }, words.thanks)); setTimeout(dismiss, 4000); return; }
      var heading = el('h2', { id: 'ekko-q' }, text(q.text));
      body.appendChild(heading);
      if (problem) body.appendChild(el('p', { 'class': 'error', role: 'alert' }, problem));
      if (q.min != null) {
        var scale = el('div', { 'class': 'scale', role: 'group', 'aria-labelledby': 'ekko-q ekko-ends' });
        scale.style.setProperty('--n', String(q.max - q.min + 1));
        for (var v = q.min; v <= q.max; v++) {
          var b = el('button', { type: 'button' }, String(v));
          b.addEventListener('click', submit.bind(null, q, v));
          scale.appendChild(b);
        }
        var labels = q.labels[lang] || q.labels[survey.default_language] || { low: '', high: '' };
        var ends = el('div', { 'class': 'ends', id: 'ekko-ends' });
        ends.appendChild(el('span', {}, q.min + ' = ' + labels.low));
        ends.appendChild(el('span', {}, q.max + ' = ' + labels.high));
        body.appendChild(scale); body.appendChild(ends);
      } else if (q.type === 'open_text') {
        heading.setAttribute('id', 'ekko-q');
        var area = el('textarea', { 'aria-labelledby': 'ekko-q', maxlength: '5000' });
        var send = el('button', { 'class': 'send', type: 'button' }, words.send);
        send.addEventListener('click', function () { submit(q, area.value); });
        body.appendChild(area); body.appendChild(send);
      } else {
        var chosen = [];
        var group = el('div', { role: 'group', 'aria-labelledby': 'ekko-q' });
        q.options.forEach(function (o) {
          var b = el('button', { 'class': 'opt', type: 'button', 'aria-pressed': 'false' }, text(o.text));
          b.addEventListener('click', function () {
            if (q.type === 'single_choice') { submit(q, o.id); return; }
            var at = chosen.indexOf(o.id);
            if (at >= 0) chosen.splice(at, 1); else chosen.push(o.id);
            b.setAttribute('aria-pressed', at >= 0 ? 'false' : 'true');
          });
          group.appendChild(b);
        });
        body.appendChild(group);
        if (q.type === 'multiple_choice') {
          var done = el('button', { 'class': 'send', type: 'button' }, words.send);
          done.addEventListener('click', function () { submit(q, chosen.slice()); });
          body.appendChild(done);
        }
      }
    }

    function submit(q, value) {
      var payload = { survey: survey.slug, question: q.id, answer: value, language: lang, page: location.pathname };
      if (session) payload.session = session; else if (visitor) payload.visitor = visitor;
      fetch(host + '/api/public/widget/' + encodeURIComponent(workspace) + '/answers', {
        method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload)
      }).then(function (r) {
        return r.json().then(function (j) { return { ok: r.ok, body: j }; });
      }).then(function (r) {
        if (!r.ok) { render(q, words.error); return; }
        answers[q.id] = value;
        session = r.body.session || session;
        var next = r.body.done ? null : survey.questions.filter(function (x) { return x.id === r.body.next; })[0];
        render(next);
        var focus = body.querySelector('button,textarea,h2[tabindex]');
        if (focus) focus.focus();
      }).catch(function () { render(q, words.error); });
    }
  }

  pending.forEach(function (args) { command.apply(null, args); });
  if (!config) load();
})();
