namespace Ekko.Text.Evaluation;

/// <summary>
/// Quality of the analysis on one language's gold comments. Three-class accuracy folds "mixed" into positive,
/// negative or neutral by the sign of its score (gold and predicted alike); four-class keeps it.
/// <see cref="LanguageAccuracy"/> is detection without the customer's language as a hint.
/// </summary>
public sealed record LanguageMetrics(
    string Language,
    int Comments,
    double Accuracy3,
    double Accuracy4,
    double MacroF1,
    double PearsonR,
    double ThemePrecision,
    double ThemeRecall,
    double ThemeF1,
    double LanguageAccuracy);
