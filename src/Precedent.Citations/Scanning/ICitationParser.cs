namespace Precedent.Citations.Scanning;

/// <summary>
/// One citation form. A parser declares the anchors it reacts to; the <see cref="Scanner"/> finds every anchor
/// in one pass and asks the parsers registered for it, in priority order, to match there.
/// </summary>
internal interface ICitationParser
{
    /// <summary>
    /// Literal, case-sensitive strings that start this parser ("Id.", "§", "Fed. R."). A parser that reacts to
    /// the start of every digit run (a volume, a title number, a year) returns <see cref="Anchor.DigitRun"/>.
    /// </summary>
    IEnumerable<string> Anchors { get; }

    /// <summary>
    /// Tries to read a citation at <paramref name="anchorStart"/>, where <paramref name="anchor"/> was found
    /// (for digit anchors, the digit run itself). Looks left and right on <see cref="ParseContext.Text"/> only as
    /// far as it needs. On success adds one or more drafts to <paramref name="output"/> and returns the offset at
    /// which scanning resumes (never more than the end of the last core span added, so that citations nested in
    /// parentheticals are still found); returns -1 when nothing matched.
    /// </summary>
    int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output);
}

/// <summary>Special anchors.</summary>
internal static class Anchor
{
    /// <summary>Reacts to the first digit of every run of ASCII digits that starts a word.</summary>
    public const string DigitRun = "\0digits";
}
