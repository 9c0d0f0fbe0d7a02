using Precedent.Citations.Output;

namespace Precedent.Citations.Checking;

/// <summary>Settings of a cite-check.</summary>
public sealed record CheckOptions
{
    /// <summary>The document's own date (a brief's filing date, an opinion's decision date); years after it are flagged.</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>Today, for "a year in the future"; settable so that tests are repeatable.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);
}

/// <summary>One cite-check finding on one citation.</summary>
/// <param name="Citation">Index of the citation in the resolved document.</param>
/// <param name="Diagnostic">Code, severity, message, suggestion.</param>
public sealed record Finding(int Citation, Diagnostic Diagnostic);

/// <summary>The findings of a cite-check, in document order.</summary>
public sealed class CheckResult
{
    /// <summary>Builds a result from findings.</summary>
    public CheckResult(IReadOnlyList<Finding> findings)
    {
        Findings = findings.OrderBy(f => f.Citation).ToArray();
        ByCitation = Findings.GroupBy(f => f.Citation)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)g.Select(f => f.Diagnostic).ToArray());
    }

    /// <summary>Every finding, in document order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Findings grouped by citation index (the shape the JSON writer takes).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Diagnostic>> ByCitation { get; }

    /// <summary>Number of error-level findings.</summary>
    public int Errors => Findings.Count(f => f.Diagnostic.Severity == "error");

    /// <summary>Number of warning-level findings.</summary>
    public int Warnings => Findings.Count(f => f.Diagnostic.Severity == "warning");

    /// <summary>Number of info-level findings.</summary>
    public int Infos => Findings.Count(f => f.Diagnostic.Severity == "info");
}

/// <summary>
/// The offline cite-checker: runs every rule (codes PR001…, see docs/diagnostics.md) over a resolved document.
/// </summary>
/// <example>
/// <code>
/// var doc = CitationResolver.Default.Resolve("Anderson v. Creighton, 48 U.S. 635, 639 (1987).");
/// var result = CitationChecker.Check(doc);
/// // result.Findings[0].Diagnostic: PR012 error "volume 48 of U.S. Reports is from 1849, not 1987"
/// </code>
/// </example>
public static class CitationChecker
{
    /// <summary>Checks every citation of a resolved document.</summary>
    public static CheckResult Check(ResolvedDocument document, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new CheckOptions();
        var findings = new List<Finding>();
        var context = new CheckContext(document, options, CitationExtractor.Default.Catalog);
        foreach (var rule in CheckRules.All)
            rule.Check(context, findings);
        return new CheckResult(findings);
    }
}
