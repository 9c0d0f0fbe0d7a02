namespace Precedent.Documents.Sources;

/// <summary>
/// One opinion (or one separately written part of an opinion) read from a legal-data export: its decoded text and
/// what the record says about it.
/// </summary>
/// <param name="Document">
/// The decoded text. <see cref="SourceDocument.Path"/> names the file and, for files holding many records, the
/// record: "opinions.jsonl#courtlistener:123", or "opinions.csv#17" when the record has no id.
/// </param>
/// <param name="Metadata">Case name, court, date, docket numbers, citations and parts, as far as the record gives them.</param>
public sealed record OpinionSource(SourceDocument Document, OpinionMetadata Metadata);

/// <summary>
/// What a record says about an opinion. Every field is optional; lists are empty when the record has nothing.
/// </summary>
/// <param name="Id">
/// The record's id, prefixed by its source where the source is known: "courtlistener:2812209", "cap:5596770";
/// a record that already carries a prefixed id keeps it.
/// </param>
/// <param name="CaseName">The short case name ("Graham v. Connor").</param>
/// <param name="CaseNameFull">The full case name with party descriptions, where given.</param>
/// <param name="Court">The court's name as the record gives it (or its identifier when no name is given).</param>
/// <param name="Date">The filing or decision date, when the record gives a full calendar date.</param>
/// <param name="Dockets">Docket numbers ("No. 87-6571").</param>
/// <param name="Citations">The opinion's own citations, one string each ("490 U.S. 386").</param>
/// <param name="Parts">
/// The separately written opinions (majority, concurrence, dissent…) when the source splits them, as spans of
/// <see cref="SourceDocument.Text"/>; empty otherwise.
/// </param>
public sealed record OpinionMetadata(
    string? Id,
    string? CaseName,
    string? CaseNameFull,
    string? Court,
    DateOnly? Date,
    IReadOnlyList<string> Dockets,
    IReadOnlyList<string> Citations,
    IReadOnlyList<SourceOpinionPart> Parts)
{
    /// <summary>No metadata at all: what a plain .txt, .html, .pdf or .docx file has.</summary>
    public static OpinionMetadata Empty { get; } = new(null, null, null, null, null, [], [], []);
}

/// <summary>
/// A separately written opinion inside the text of a record, <c>[Start, End)</c> in
/// <see cref="SourceDocument.Text"/>.
/// </summary>
/// <param name="Type">
/// The kind, in the names the citation engine uses: majority, plurality, per_curiam, concurrence, dissent,
/// concurrence_in_part_dissent_in_part, concurrence_in_judgment, or other.
/// </param>
/// <param name="Author">The author line as the source gives it ("JUSTICE SCHMIDT", "Brennan, J."), if any.</param>
/// <param name="Start">Offset of the part's first character.</param>
/// <param name="End">Offset just past the part's last character.</param>
public sealed record SourceOpinionPart(string Type, string? Author, int Start, int End);
