using Ekko.Text.Keyphrases;
using Ekko.Text.Stemming;
using Ekko.Text.Tokens;

namespace Ekko.Text.Topics;

/// <summary>
/// Topic discovery for short texts with GSDMM (Yin and Wang, 2014: a collapsed Gibbs sampler for the Dirichlet
/// multinomial mixture, one topic per comment), which suits one-sentence comments better than LDA. Words are stems
/// without stopwords. Deterministic for a given seed, so the same comments give the same topics.
/// </summary>
public static class GsdmmClustering
{
    public static IReadOnlyList<DiscoveredTopic> Discover(IReadOnlyList<string> comments, string language, int maxTopics = 10, int iterations = 30,
        double alpha = 0.1, double beta = 0.1, int seed = 42, int minComments = 2, int labelWords = 3)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTopics, 1);
        var stopwords = Stopwords.For(language);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var surface = new List<string>();
        var documents = comments.Select(c => Tokenizer.Tokenize(InputSanitizer.Sanitize(c))
            .Where(t => t.IsWord && t.Text.Length > 2 && !stopwords.Contains(t.Text))
            .Select(t =>
            {
                var stem = SnowballStemmer.Stem(t.Text, language);
                if (!vocabulary.TryGetValue(stem, out var id))
                {
                    vocabulary[stem] = id = vocabulary.Count;
                    surface.Add(t.Text);
                }

                return id;
            }).ToArray()).ToArray();

        var v = Math.Max(1, vocabulary.Count);
        var random = new Random(seed);
        var assignment = new int[documents.Length];
        var docsInTopic = new int[maxTopics];
        var wordsInTopic = new int[maxTopics];
        var wordCount = new int[maxTopics, v];
        void Move(int d, int topic, int sign)
        {
            docsInTopic[topic] += sign;
            foreach (var w in documents[d])
            {
                wordCount[topic, w] += sign;
                wordsInTopic[topic] += sign;
            }
        }

        for (var d = 0; d < documents.Length; d++)
        {
            assignment[d] = random.Next(maxTopics);
            Move(d, assignment[d], 1);
        }

        var weights = new double[maxTopics];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            for (var d = 0; d < documents.Length; d++)
            {
                Move(d, assignment[d], -1);
                var doc = documents[d];
                var max = double.MinValue;
                for (var k = 0; k < maxTopics; k++)
                {
                    // log of equation 4 of the paper; the counts of a word repeated in one comment grow within it.
                    var log = Math.Log(docsInTopic[k] + alpha);
                    var seen = new Dictionary<int, int>();
                    for (var i = 0; i < doc.Length; i++)
                    {
                        var repeat = seen.GetValueOrDefault(doc[i]);
                        seen[doc[i]] = repeat + 1;
                        log += Math.Log(wordCount[k, doc[i]] + beta + repeat) - Math.Log(wordsInTopic[k] + (v * beta) + i);
                    }

                    weights[k] = log;
                    max = Math.Max(max, log);
                }

                double total = 0;
                for (var k = 0; k < maxTopics; k++)
                {
                    weights[k] = Math.Exp(weights[k] - max);
                    total += weights[k];
                }

                var draw = random.NextDouble() * total;
                var chosen = maxTopics - 1;
                for (var k = 0; k < maxTopics; k++)
                {
                    draw -= weights[k];
                    if (draw <= 0)
                    {
                        chosen = k;
                        break;
                    }
                }

                assignment[d] = chosen;
                Move(d, chosen, 1);
            }
        }

        var topics = new List<DiscoveredTopic>();
        for (var k = 0; k < maxTopics; k++)
        {
            var members = Enumerable.Range(0, documents.Length).Where(d => assignment[d] == k && documents[d].Length > 0).ToArray();
            if (members.Length < minComments)
            {
                continue;
            }

            var label = Enumerable.Range(0, v).Where(w => wordCount[k, w] > 0)
                .OrderByDescending(w => wordCount[k, w]).ThenBy(w => surface[w], StringComparer.Ordinal)
                .Take(labelWords).Select(w => surface[w]).ToArray();
            topics.Add(new DiscoveredTopic(label, members));
        }

        return [.. topics.OrderByDescending(t => t.CommentIndexes.Count).ThenBy(t => t.CommentIndexes[0])];
    }
}
