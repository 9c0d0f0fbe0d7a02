using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>For any string: spans lie inside the text, text[start..end] == citation.Text, and extraction is deterministic.</summary>
public class PropertyTests
{
    private static readonly string[] Pieces =
    [
        "Anderson v. Creighton, ", "483 U.S. 635", ", 638 ", "(1987)", "Id. ", "id. at 5", "supra", ", supra, at 3",
        "§ 1983", "42 U.S.C. § 1983", "Fed. R. Civ. P. 56(c)", "51 F.3d at 1534", "(quoting ", ")", "(", "[hereinafter X]",
        "; ", ". ", "\n", " ", "\u00A0", "2001 WL 202045", ", at *3", "U.S. Const. amend. IV", "Aplt. App. at 151",
        "1 U.S. 1 ", "v. ", "2000-Ohio-123", "63 NY2d 582 [1984]", "(10th Cir. 1995)", "cert. denied, ", "\u2019", "*355 ",
        "Albright", "In ", "See ", "F. Supp. 2d", "___", "\u2013", "ECF No. 34", "section 1291",
    ];

    private static Gen<string> CitationishText() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .Select(parts => string.Concat(parts));

    [Property(MaxTest = 300)]
    public Property SpansAreExactAndInsideTheText()
        => Prop.ForAll(CitationishText().ToArbitrary(), text =>
        {
            var cites = CitationExtractor.Default.Extract(text);
            foreach (var c in cites)
            {
                if (c.Start < 0 || c.End > text.Length || c.Start >= c.End)
                    return false;
                if (text[c.Start..c.End] != c.Text)
                    return false;
                if (c.FullStart > c.Start || c.FullEnd < c.End || c.FullStart < 0 || c.FullEnd > text.Length)
                    return false;
            }
            for (var i = 1; i < cites.Count; i++)
            {
                if (cites[i].Start < cites[i - 1].Start)
                    return false;
            }
            return true;
        });

    [Property(MaxTest = 200)]
    public Property ExtractionIsDeterministic()
        => Prop.ForAll(CitationishText().ToArbitrary(), text =>
        {
            var a = CitationExtractor.Default.Extract(text);
            var b = CitationExtractor.Default.Extract(text);
            return a.SequenceEqual(b, CitationComparer.Instance);
        });

    [Property(MaxTest = 200)]
    public Property ResolutionNeverThrowsAndIndexesPointInside()
        => Prop.ForAll(CitationishText().ToArbitrary(), text =>
        {
            var doc = CitationResolver.Default.Resolve(text);
            foreach (var c in doc.Citations)
            {
                if (doc.AntecedentIndex(c.Index) is { } a && (a < 0 || a >= doc.Citations.Count))
                    return false;
                if (doc.AuthorityIndex(c.Index) is { } au && !doc.Authorities[au].Citations.Contains(c.Index))
                    return false;
            }
            return true;
        });

    [Property(MaxTest = 300)]
    public Property ArbitraryStringsNeverThrow(string? s)
    {
        var text = s ?? "";
        var doc = CitationResolver.Default.Resolve(text);
        return (doc.Citations.All(c => text[c.Start..c.End] == c.Text)).ToProperty();
    }

    private sealed class CitationComparer : IEqualityComparer<Citation>
    {
        public static readonly CitationComparer Instance = new();

        public bool Equals(Citation? x, Citation? y)
            => x is not null && y is not null && x.Kind == y.Kind && x.Start == y.Start && x.End == y.End
               && x.FullStart == y.FullStart && x.FullEnd == y.FullEnd && x.CaseName == y.CaseName && x.PinCite == y.PinCite
               && x.Year == y.Year && x.NestedIn == y.NestedIn && x.ParallelOf == y.ParallelOf;

        public int GetHashCode(Citation obj) => HashCode.Combine(obj.Start, obj.End, obj.Kind);
    }
}
