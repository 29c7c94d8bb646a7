using BenchmarkDotNet.Attributes;
using Ekko.Text;

namespace Ekko.Benchmarks;

/// <summary>
/// The whole text pipeline (language, sentiment, themes, keyphrases, redaction) on short comments, one core.
/// The target is 20,000 comments per second (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class TextPipelineBenchmarks
{
    private static readonly string[] Comments =
    [
        "Paketet kom en vecka för sent och ingen svarade i chatten.",
        "Bra pris men långsam leverans",
        "Kjempefornøyd med leveringen, rask og grei!",
        "Jeg liker det ikke, appen krasjer hele tiden",
        "Meget tilfreds, hurtig levering og god kundeservice",
        "Det var ikke godt, pakken kom aldrig frem",
        "Great product but the delivery was slow :(",
        "Customer service was rude and I'm still waiting for my refund.",
        "Ring mig på 070-123 45 67 om returen",
        "Jättebra personal i butiken 😍",
    ];

    private readonly TextAnalyzer analyzer = new(new TextAnalyzerOptions { Redact = true });

    [Benchmark(OperationsPerInvoke = 1000)]
    public int AnalyzeThousandComments()
    {
        var themes = 0;
        for (var i = 0; i < 1000; i++)
        {
            themes += analyzer.Analyze(Comments[i % Comments.Length]).Themes.Count;
        }

        return themes;
    }
}
