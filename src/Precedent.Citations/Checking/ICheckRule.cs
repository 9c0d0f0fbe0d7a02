using Precedent.Citations.Catalog;

namespace Precedent.Citations.Checking;

/// <summary>What every rule sees.</summary>
internal sealed class CheckContext(ResolvedDocument document, CheckOptions options, CitationCatalog catalog)
{
    public ResolvedDocument Document { get; } = document;
    public CheckOptions Options { get; } = options;
    public CitationCatalog Catalog { get; } = catalog;
}

/// <summary>One cite-check rule: a stable code, a severity, and the check itself.</summary>
internal interface ICheckRule
{
    /// <summary>"PR012".</summary>
    string Code { get; }

    /// <summary>Adds its findings for the whole document.</summary>
    void Check(CheckContext context, List<Finding> findings);
}

/// <summary>The one list of rules, in code order.</summary>
internal static class CheckRules
{
    public static readonly IReadOnlyList<ICheckRule> All = [];
}
