namespace Ekko.Core.Features.Insights.Churn;

/// <summary>
/// A workspace's churn model: the ML.NET model's bytes (in the database, so every instance scores with the same
/// model), its input scaling and weights, its out-of-time evaluation, and the training job's state: when
/// training was asked for, when it last ran, and the lease of the instance working on it.
/// </summary>
public sealed class ChurnModelState
{
    public Guid WorkspaceId { get; init; }

    /// <summary>Set by <c>POST /api/v1/churn-risk/train</c>; a model trained before it is due again.</summary>
    public DateTimeOffset? RequestedAt { get; set; }

    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>When training last ran, with or without a model as its result.</summary>
    public DateTimeOffset? TrainedAt { get; set; }

    /// <summary>Why the last training produced no model (too little history), or null.</summary>
    public string? Problem { get; set; }

    public byte[]? Model { get; set; }

    /// <summary><see cref="ChurnScaling"/> as JSON.</summary>
    public string? Scaling { get; set; }

    public DateOnly? TrainFrom { get; set; }
    public DateOnly? Cutoff { get; set; }
    public DateOnly? LabelsUntil { get; set; }
    public int TrainRows { get; set; }
    public int TrainChurned { get; set; }
    public int TestRows { get; set; }
    public int TestChurned { get; set; }
    public double? Auc { get; set; }
    public double? TopDecileLift { get; set; }
    public int ScoredCustomers { get; set; }
}

/// <summary>One customer's churn risk as of the last training, ranked within the workspace (1 = highest risk).</summary>
public sealed class ChurnScore
{
    public Guid WorkspaceId { get; init; }
    public Guid CustomerId { get; init; }
    public int Rank { get; init; }
    public double Probability { get; init; }

    /// <summary>The signals that raise this customer's risk most, in plain words, as a JSON array of strings.</summary>
    public string Signals { get; init; } = "[]";

    public DateTimeOffset ScoredAt { get; init; }
}
