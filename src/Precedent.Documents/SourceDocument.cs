namespace Precedent.Documents;

/// <summary>The kinds of input file the readers understand.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text (.txt, .text, .md): UTF-8 with or without a byte-order mark, or UTF-16/32 with one.</summary>
    Text,

    /// <summary>HTML (.html, .htm).</summary>
    Html,

    /// <summary>PDF with a text layer.</summary>
    Pdf,

    /// <summary>Word Open XML (.docx).</summary>
    Docx,
}

/// <summary>
/// A footnote of a document, as placed in <see cref="SourceDocument.Text"/>: <c>[Start, End)</c> covers the
/// footnote's line(s) including its leading <c>[Label]</c> marker, without the line break that ends it.
/// </summary>
/// <param name="Label">The footnote's number or mark as the reader saw it ("1", "2", "*").</param>
/// <param name="Start">Offset in <see cref="SourceDocument.Text"/> of the first character of the footnote.</param>
/// <param name="End">Offset just past the footnote's last character.</param>
public sealed record FootnoteSpan(string Label, int Start, int End);

/// <summary>A block quotation the reader saw in the markup (an HTML &lt;blockquote&gt;), as a span of the text.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
public sealed record QuoteSpan(int Start, int End);

/// <summary>
/// An input file decoded to the plain text the citation engine reads, with where each page begins.
/// </summary>
/// <param name="Path">The file's path or name, as given to <see cref="DocumentReader"/>.</param>
/// <param name="Format">The reader that produced the text.</param>
/// <param name="Text">The decoded text. Pages of a PDF (and of a .txt with form feeds) are separated by "\n\f".</param>
/// <param name="PageStarts">
/// <c>PageStarts[i]</c> is the offset in <see cref="Text"/> where page <c>i + 1</c> begins; <c>PageStarts[0]</c> is 0
/// and the list is ascending.
/// </param>
/// <param name="Footnotes">The footnotes the reader could identify, in text order (may be empty).</param>
public sealed record SourceDocument(
    string Path,
    DocumentFormat Format,
    string Text,
    IReadOnlyList<int> PageStarts,
    IReadOnlyList<FootnoteSpan> Footnotes)
{
    /// <summary>Block quotations marked as such in the source (HTML &lt;blockquote&gt;), in text order; empty for plain text.</summary>
    public IReadOnlyList<QuoteSpan> BlockQuotes { get; init; } = [];

    /// <summary>The number of pages.</summary>
    public int PageCount => Math.Max(1, PageStarts.Count);

    /// <summary>The 1-based page on which the character at <paramref name="offset"/> lies.</summary>
    /// <param name="offset">An offset in <see cref="Text"/>, from 0 to <c>Text.Length</c> inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text.</exception>
    public int PageAt(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int lo = 0, hi = PageStarts.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (PageStarts[mid] <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found + 1;
    }

    /// <summary>
    /// The 1-based line on which the character at <paramref name="offset"/> lies. Lines end at "\n", "\r\n" or a
    /// lone "\r"; a line terminator belongs to the line it ends.
    /// </summary>
    /// <param name="offset">An offset in <see cref="Text"/>, from 0 to <c>Text.Length</c> inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text.</exception>
    public int LineAt(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        ReadOnlySpan<char> before = Text.AsSpan(0, offset);
        int lineFeeds = before.Count('\n');
        int carriageReturns = before.Count('\r');
        if (carriageReturns == 0)
            return lineFeeds + 1;

        // A "\r\n" pair counts once; a "\r" whose "\n" is at or after offset has not ended the line yet.
        int pairs = before.Count("\r\n".AsSpan());
        int loneReturns = carriageReturns - pairs;
        if (before[^1] == '\r' && offset < Text.Length && Text[offset] == '\n')
            loneReturns--;
        return lineFeeds + loneReturns + 1;
    }
}
