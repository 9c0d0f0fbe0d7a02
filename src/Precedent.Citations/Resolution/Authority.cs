namespace Precedent.Citations;

/// <summary>One distinct thing cited — a case, statute, rule, record page — with every citation that refers to it.</summary>
public sealed record Authority
{
    /// <summary>Position in <see cref="ResolvedDocument.Authorities"/>.</summary>
    public int Index { get; init; }
    /// <summary>Contract kind: case, statute, regulation, rule, constitution, journal, neutral, record, other.</summary>
    public required string Kind { get; init; }
    /// <summary>Bluebook-style normal form: "Anderson v. Creighton, 483 U.S. 635 (1987)", "42 U.S.C. § 1983".</summary>
    public required string Label { get; init; }
    /// <summary>Indexes of every citation (all forms) that refers to it, in document order.</summary>
    public required IReadOnlyList<int> Citations { get; init; }
    /// <summary>The short name used in later cites ("Albright", "Wilson I").</summary>
    public string? ShortName { get; init; }
    /// <summary>Every short name in use for it (party names, aliases).</summary>
    public IReadOnlyList<string> ShortNames { get; init; } = [];
    /// <summary>How many citations refer to it in each opinion part ("majority" → 5), parallel cites counted once.</summary>
    public IReadOnlyDictionary<string, int> CountsByPart { get; init; } = new Dictionary<string, int>();
}
