using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>
/// The check behind the resolution tables: in <c>text</c>, the <c>occurrence</c>-th citation written
/// <c>citationText</c> resolves to an authority whose label starts with <c>expected</c>; "—" means it stays
/// unresolved (a full case citation counts as its own), "(absent)" that there is no such citation.
/// </summary>
internal static class ResolutionRows
{
    public static void Check(string text, string citationText, int occurrence, string expected, bool unresolvedNeedsReason)
    {
        var doc = CitationResolver.Default.Resolve(text);
        var matching = doc.Citations.Where(c => c.Text == citationText).ToList();
        if (expected == "(absent)")
        {
            Assert.True(matching.Count <= occurrence, $"«{citationText}» should not be a citation here; found {string.Join(" | ", matching.Select(c => c.Kind))}");
            return;
        }
        Assert.True(matching.Count > occurrence, $"«{citationText}» (occurrence {occurrence}) not found; found: {string.Join(" | ", doc.Citations.Select(c => c.Kind + ":" + c.Text))}");
        var cite = matching[occurrence];
        var authority = doc.AuthorityOf(cite);
        if (expected == "—")
        {
            Assert.True(cite.Kind is CitationKind.Case || doc.AntecedentOf(cite) is null, $"expected unresolved, got {authority?.Label}");
            if (unresolvedNeedsReason)
                Assert.False(string.IsNullOrEmpty(doc.UnresolvedReason(cite)));
            return;
        }
        Assert.NotNull(authority);
        Assert.StartsWith(expected, authority!.Label);
    }
}
