namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR004: a year after the document's own date (a 2001 opinion cannot cite a 2003 decision) or after today.
/// </summary>
internal sealed class FutureYearRule : ICheckRule
{
    public string Code => "PR004";

    public void Check(CheckContext context, List<Finding> findings)
    {
        var today = context.Options.Today;
        var documentDate = context.Options.DocumentDate;
        foreach (var c in context.Document.Citations)
        {
            if (c.Year is not { } year || c.ParallelOf is not null || !CitationFacts.YearIsReliable(c) || context.IsCaption(c))
                continue;
            if (year > today.Year)
                findings.Add(c, Code, Severity.Error, $"the year {year} is in the future");
            else if (documentDate is { } d && year > d.Year)
                findings.Add(c, Code, Severity.Error, $"the year {year} is after the document's date ({d:yyyy-MM-dd})");
        }
    }
}
