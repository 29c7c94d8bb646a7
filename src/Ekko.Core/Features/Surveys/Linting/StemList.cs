namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// Word stems that also match their inflected forms: a stem plus at most a few letters, so "snabb" covers
/// "snabbt" and "snabba" and "leverans" covers "leveransen", without listing every form of every language.
/// </summary>
internal sealed class StemList(IEnumerable<string> stems, int maxSuffix)
{
    private readonly HashSet<string> stems = new(stems, StringComparer.OrdinalIgnoreCase);

    public bool Matches(string word)
    {
        for (var length = word.Length; length >= Math.Max(1, word.Length - maxSuffix); length--)
        {
            if (stems.Contains(word[..length]))
            {
                return true;
            }
        }

        return false;
    }
}
