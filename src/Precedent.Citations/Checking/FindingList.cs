using Precedent.Citations.Output;

namespace Precedent.Citations.Checking;

/// <summary>The three severities of a finding.</summary>
internal static class Severity
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

/// <summary>Adding a finding in one line from a rule.</summary>
internal static class FindingList
{
    public static void Add(this List<Finding> findings, Citation citation, string code, string severity, string message, string? suggestion = null)
        => findings.Add(new Finding(citation.Index, new Diagnostic(code, severity, message, suggestion)));
}
