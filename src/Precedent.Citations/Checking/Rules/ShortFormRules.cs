namespace Precedent.Citations.Checking.Rules;

/// <summary>The reasons the resolver gives for an unresolved short form, sorted into the three short-form rules.</summary>
internal static class UnresolvedReasons
{
    public static bool IsAmbiguous(string reason) => reason.Contains("ambiguous", StringComparison.Ordinal);

    public static bool IsAcrossParts(string reason) => reason.StartsWith("Id. would reach from", StringComparison.Ordinal);

    /// <summary>A pin before every first page of the volume: PR006's finding.</summary>
    public static bool IsPinBefore(string reason) => reason.StartsWith("pin ", StringComparison.Ordinal);

    /// <summary>Unresolved only because the citation it leans on is: the first one carries the finding.</summary>
    public static bool IsFollowOn(string reason)
        => reason is "the Id. before it is unresolved" or "the citation before it is unresolved" or "the earlier citation is unresolved";
}

/// <summary>
/// PR009: a short cite, Id. or supra with nothing to refer to ("51 F.3d at 1534" with no earlier citation of
/// 51 F.3d, "Id." at the start of a document).
/// </summary>
internal sealed class NoAntecedentRule : ICheckRule
{
    public string Code => "PR009";

    public void Check(CheckContext context, List<Finding> findings)
    {
        var doc = context.Document;
        foreach (var c in doc.Citations)
        {
            if (c.Kind is not (CitationKind.ShortCase or CitationKind.Id or CitationKind.Supra))
                continue;
            if (doc.UnresolvedReason(c) is not { } reason)
                continue;
            if (UnresolvedReasons.IsAmbiguous(reason) || UnresolvedReasons.IsAcrossParts(reason) || UnresolvedReasons.IsFollowOn(reason))
                continue;
            if (UnresolvedReasons.IsPinBefore(reason) && !PinTargets.NamesAnotherCase(context, c))
                continue; // PR006
            if (CitationFacts.IdNamesCase(doc, c))
                continue;
            if (c.Kind == CitationKind.Supra && (c.ShortName is null || !LooksLikeName(c.ShortName) || NamedEarlier(doc.Text, c)))
                continue; // "supra note 12", or an article, book, brief or case named earlier in a form not read as a citation
            if (c.Kind == CitationKind.ShortCase && VolumeWrittenEarlier(doc.Text, c))
                continue; // the full citation is there, in a form the extractor did not read
            findings.Add(c, Code, Severity.Warning, $"{Label(c)}: {reason}");
        }
    }

    /// <summary>"Note 19, supra", "Note, supra", "subsection A., supra" do not name an authority.</summary>
    private static bool LooksLikeName(string name)
    {
        var first = name.Split(' ', 2)[0].TrimEnd(',', '.');
        return first.Length >= 2 && !name.Any(char.IsAsciiDigit)
               && first is not ("Note" or "Part" or "Section" or "Subsection" or "Chapter" or "Title" or "Article" or "Id" or "Comment");
    }

    /// <summary>
    /// True when a distinctive word of the supra's name appears in the text before it: the authority was named
    /// earlier, as an article, book or brief, or as a case in a citation the extractor did not read.
    /// </summary>
    private static bool NamedEarlier(string text, Citation c)
    {
        var before = text.AsSpan(0, Math.Max(0, c.FullStart));
        foreach (var word in c.ShortName!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Trim(',', '.', ';', ':', '(', ')', '\'', '\u2019');
            if (w.Length < 4 || !char.IsUpper(w[0]) || CommonNameWords.Contains(w))
                continue;
            if (before.Contains(w, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> CommonNameWords = new(StringComparer.Ordinal)
    {
        "United", "States", "State", "People", "Commonwealth", "Court", "Circuit", "County", "City", "Commissioner",
        "Company", "Corporation", "Department", "Board", "Internal", "Revenue", "Note", "Supra", "District", "Town",
    };

    /// <summary>True when "51 F.3d" (any spacing) stands in the text before the short cite.</summary>
    private static bool VolumeWrittenEarlier(string text, Citation c)
    {
        if (c.Volume is null || c.Reporter is null)
            return false;
        var key = Catalog.CitationCatalog.KeyOf(c.Reporter);
        var at = 0;
        while (true)
        {
            var i = text.IndexOf(c.Volume, at, c.Start - at, StringComparison.Ordinal);
            if (i < 0)
                return false;
            at = i + c.Volume.Length;
            if ((i > 0 && char.IsAsciiDigit(text[i - 1])) || at >= text.Length || !char.IsWhiteSpace(text[at]))
                continue;
            var window = text.AsSpan(at, Math.Min(key.Length * 3 + 8, text.Length - at));
            if (Catalog.CitationCatalog.KeyOf(window).StartsWith(key, StringComparison.Ordinal))
                return true;
        }
    }

    private static string Label(Citation c) => c.Kind switch
    {
        CitationKind.Id => "Id. has nothing to refer to",
        CitationKind.Supra => $"{c.ShortName}, supra, has nothing to refer to",
        _ => $"{c.Text} has nothing to refer to",
    };
}

/// <summary>PR010: Id. after a string citation of several authorities: which one it means is ambiguous (Bluebook 4.1).</summary>
internal sealed class AmbiguousIdRule : ICheckRule
{
    public string Code => "PR010";

    public void Check(CheckContext context, List<Finding> findings)
    {
        var doc = context.Document;
        foreach (var c in doc.Citations)
        {
            if (c.Kind == CitationKind.Id && doc.UnresolvedReason(c) is { } reason && UnresolvedReasons.IsAmbiguous(reason)
                && !CitationFacts.IdNamesCase(doc, c) && CitationFacts.IdFollowsClosely(doc, c, 600))
                findings.Add(c, Code, Severity.Warning, "Id. after a string citation of several authorities is ambiguous; use a short cite");
        }
    }
}

/// <summary>PR011: Id. whose antecedent stands in another part of the opinion (a dissent citing the majority's last case).</summary>
internal sealed class IdAcrossPartsRule : ICheckRule
{
    public string Code => "PR011";

    /// <summary>
    /// True when the part before the Id.'s part is the same separate opinion (same kind, same author): a slip
    /// opinion's running head ("SOTOMAYOR, J., dissenting" on every page) read as a new part.
    /// </summary>
    private static bool SameOpinionContinued(ResolvedDocument doc, Citation c)
    {
        var part = doc.PartOf(c);
        var k = -1;
        for (var i = 0; i < doc.Parts.Count; i++)
        {
            if (ReferenceEquals(doc.Parts[i], part) || doc.Parts[i] == part)
            {
                k = i;
                break;
            }
        }
        return k > 0 && doc.Parts[k - 1].Kind == part.Kind && doc.Parts[k - 1].Author == part.Author;
    }

    public void Check(CheckContext context, List<Finding> findings)
    {
        var doc = context.Document;
        foreach (var c in doc.Citations)
        {
            if (c.Kind == CitationKind.Id && doc.UnresolvedReason(c) is { } reason && UnresolvedReasons.IsAcrossParts(reason)
                && !CitationFacts.IdNamesCase(doc, c) && !SameOpinionContinued(doc, c))
                findings.Add(c, Code, Severity.Warning, $"{reason}; use a short cite");
        }
    }
}
