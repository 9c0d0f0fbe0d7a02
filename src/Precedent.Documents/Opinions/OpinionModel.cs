using Precedent.Citations;

namespace Precedent.Documents.Opinions;

/// <summary>A span of the opinion text, <c>[Start, End)</c>.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct TextSpan(int Start, int End);

/// <summary>The court that decided the opinion, as a CourtListener-style id and its full name.</summary>
/// <param name="Id">"ca10", "scotus", "texapp".</param>
/// <param name="Name">"United States Court of Appeals for the Tenth Circuit".</param>
public sealed record CourtRef(string Id, string Name);

/// <summary>The parties named in the caption, each side in the order given.</summary>
/// <param name="Plaintiffs">Plaintiffs, appellees, petitioners…: the side named first in the caption.</param>
/// <param name="Defendants">Defendants, appellants, respondents…: the side after "v.".</param>
public sealed record Parties(IReadOnlyList<string> Plaintiffs, IReadOnlyList<string> Defendants);

/// <summary>What the caption (the lines before the opinion proper) states.</summary>
/// <param name="Court">The court, when the text names it.</param>
/// <param name="Dockets">Docket numbers as written ("00-1153", "2D08-5387").</param>
/// <param name="Date">The decision (or filing) date when the text states it.</param>
/// <param name="CaseName">Short case name ("Medina v. Cram").</param>
/// <param name="FullCaseName">The caption's full style of the parties, when there is one.</param>
/// <param name="Parties">The parties, when the caption lists them.</param>
/// <param name="Judges">The panel's surnames, when stated ("Before TACHA, Chief Judge, …").</param>
/// <param name="BodyStart">Offset where the opinion proper begins (0 when there is no caption).</param>
public sealed record Caption(
    CourtRef? Court,
    IReadOnlyList<string> Dockets,
    DateOnly? Date,
    string? CaseName,
    string? FullCaseName,
    Parties? Parties,
    IReadOnlyList<string> Judges,
    int BodyStart)
{
    /// <summary>A caption that states nothing.</summary>
    public static Caption Empty { get; } = new(null, [], null, null, null, null, [], 0);
}

/// <summary>A heading of the opinion ("I. Background", "A.", "III").</summary>
/// <param name="Label">The numbering as written ("I.", "A.", "1.", "II"), or null for an unnumbered heading.</param>
/// <param name="Title">The heading's words without the label (may be empty).</param>
/// <param name="Level">1 for roman numerals, 2 for capital letters, 3 for arabic numbers, 4 for lower-case letters; 0 unnumbered.</param>
/// <param name="Start">Offset of the heading's first character (the label's, when there is one).</param>
/// <param name="End">Offset just past the heading's last character.</param>
public sealed record Heading(string? Label, string Title, int Level, int Start, int End);

/// <summary>A footnote: its body's span and, when found, the offset of its reference mark in the text.</summary>
/// <param name="Label">"1", "2", "*".</param>
/// <param name="Start">Offset of the footnote body's first character (its label marker included).</param>
/// <param name="End">Offset just past the footnote body.</param>
/// <param name="Anchor">Offset of the reference mark in the running text, or -1 when none was found.</param>
public sealed record Footnote(string Label, int Start, int End, int Anchor);

/// <summary>What the court did with the judgment under review.</summary>
/// <param name="Kind">
/// "affirmed", "reversed", "vacated", "remanded", "dismissed", "affirmed_in_part", "granted", "denied", "other", or a
/// combination joined with "+" in the order stated ("reversed+remanded").
/// </param>
/// <param name="Text">The dispositive sentence.</param>
/// <param name="Start">Offset of the sentence.</param>
/// <param name="End">Offset just past the sentence.</param>
public sealed record Disposition(string Kind, string Text, int Start, int End);

/// <summary>A topic tag with the passages that justify it.</summary>
/// <param name="Tag">A tag of the topic vocabulary ("qualified immunity", "§ 1983").</param>
/// <param name="Evidence">Spans of the phrases that triggered the tag, in text order.</param>
public sealed record Topic(string Tag, IReadOnlyList<TextSpan> Evidence);

/// <summary>The structure of one court opinion.</summary>
/// <param name="Source">The document it was read from.</param>
/// <param name="Caption">Court, dockets, date, names, parties, panel.</param>
/// <param name="Parts">Majority, concurrences, dissents…, covering the text in order without overlap.</param>
/// <param name="Headings">Headings in text order.</param>
/// <param name="Footnotes">Footnotes in text order.</param>
/// <param name="BlockQuotes">Block quotations in text order.</param>
/// <param name="Disposition">The disposition, when stated.</param>
/// <param name="StandardsOfReview">"de novo", "abuse of discretion", "clear error", "plain error"…, in order of first mention.</param>
/// <param name="Topics">Topic tags.</param>
/// <param name="Citations">Every citation, resolved.</param>
public sealed record OpinionStructure(
    SourceDocument Source,
    Caption Caption,
    IReadOnlyList<OpinionPart> Parts,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<TextSpan> BlockQuotes,
    Disposition? Disposition,
    IReadOnlyList<string> StandardsOfReview,
    IReadOnlyList<Topic> Topics,
    ResolvedDocument Citations)
{
    /// <summary>The index in <see cref="Parts"/> of the part containing <paramref name="offset"/>.</summary>
    public int PartAt(int offset)
    {
        int lo = 0, hi = Parts.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (Parts[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
