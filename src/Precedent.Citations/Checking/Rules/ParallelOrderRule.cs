using System.Text;
using Precedent.Citations.Catalog;
using Precedent.Citations.Parsers;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR015: parallel citations out of order. The official report comes first: U.S. before S. Ct. before L. Ed.; a
/// state's official reporter before the regional reporter. Reporters with no fixed place (Cal. Rptr., N.Y.S.2d)
/// keep theirs. The suggestion is the group reordered.
/// </summary>
internal sealed class ParallelOrderRule : ICheckRule
{
    public string Code => "PR015";

    public void Check(CheckContext context, List<Finding> findings)
    {
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind != CitationKind.Case || c.ParallelOf is not null || context.IsCaption(c))
                continue;
            var group = context.GroupOf(c);
            if (group.Count < 2)
                continue;
            // most groups are in order: tell that without allocating
            int? previous = null;
            var inOrder = true;
            foreach (var g in group)
            {
                if (Rank(context.EditionOf(g)) is not { } rank)
                    continue;
                if (previous is { } p && rank < p)
                {
                    inOrder = false;
                    break;
                }
                previous = rank;
            }
            if (inOrder)
                continue;
            var ranks = group.Select(g => Rank(context.EditionOf(g))).ToArray();
            var ranked = Enumerable.Range(0, group.Count).Where(i => ranks[i] is not null).ToList();
            // Ranked citations take the ranked slots in rank order; the others stay where they are.
            var sorted = ranked.OrderBy(i => ranks[i]).ThenBy(i => i).ToList();
            var order = Enumerable.Range(0, group.Count).ToArray();
            for (var k = 0; k < ranked.Count; k++)
                order[ranked[k]] = sorted[k];
            var sb = new StringBuilder();
            foreach (var i in order)
            {
                if (sb.Length > 0)
                    sb.Append(", ");
                sb.Append(Written(group[i]));
            }
            var first = context.EditionOf(group[sorted[0]])?.Abbreviation ?? group[sorted[0]].ReporterNormalized;
            findings.Add(c, Code, Severity.Info, $"parallel citations out of order: {first} comes first", sb.ToString());
        }
    }

    /// <summary>"483 U.S. 635, 639": volume, reporter and page as written, with the pin.</summary>
    private static string Written(Citation g)
    {
        var s = CaseCitationParser.CollapseSpaces(g.Text);
        return g.PinCite is { } pin ? $"{s}, {pin}" : s;
    }

    /// <summary>Place in the group: official reports first. Null for reporters with no fixed place.</summary>
    private static int? Rank(ReporterEdition? e)
    {
        if (e is null)
            return null;
        if (e.Kind == ReporterKind.Scotus)
        {
            return e.Abbreviation switch
            {
                "U.S." => 0,
                "S. Ct." => 1,
                _ => 2,
            };
        }
        if (e.Kind == ReporterKind.Nominative && e.DefaultCourt == "scotus")
            return 0;
        if (e.Kind is ReporterKind.State or ReporterKind.Nominative && e.DefaultCourt is not null)
            return 0;
        if (e.Kind == ReporterKind.Regional)
            return 1;
        return null;
    }
}
