using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Precedent.Documents.Readers;

/// <summary>
/// HTML via AngleSharp (which repairs malformed markup the way browsers do). The text content is kept; scripts,
/// styles and other non-text elements are dropped; block elements become line breaks (paragraph-like blocks a blank
/// line); whitespace inside a block collapses to one space, except in &lt;pre&gt;; entities are decoded by the
/// parser. Table cells are separated by a tab. Footnotes stay in the text where they are, and footnote blocks that
/// say what they are (role="doc-footnote", class "footnote", id "fn3"…) are recorded as <see cref="FootnoteSpan"/>s.
/// </summary>
internal static partial class HtmlDocumentReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "svg", "math", "canvas",
        "iframe", "object", "embed", "select", "datalist", "audio", "video", "map", "input", "textarea", "button",
    };

    /// <summary>Blocks after which a blank line follows.</summary>
    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "hr",
    };

    /// <summary>Blocks that end a line.</summary>
    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal)
    {
        "div", "li", "tr", "ul", "ol", "dl", "dt", "dd", "thead", "tbody", "tfoot", "caption", "section", "article",
        "header", "footer", "nav", "aside", "main", "address", "figure", "figcaption", "form", "fieldset", "legend",
        "center", "details", "summary", "option", "body", "html", "listing", "plaintext", "xmp", "dir", "menu",
    };

    static HtmlDocumentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SourceDocument Read(string name, byte[] bytes)
    {
        string html = Decode(bytes);
        IDocument document;
        try
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            document = parser.ParseDocument(html);
        }
        catch (Exception ex)
        {
            throw DocumentReadException.For(name, "could not be parsed as HTML", ex, ex.Message);
        }

        using (document)
        {
            var writer = new BlockTextWriter();
            var footnotes = new List<FootnoteSpan>();
            var quotes = new List<QuoteSpan>();
            Walk(document.Body ?? document.DocumentElement, writer, footnotes, quotes);
            return new SourceDocument(name, DocumentFormat.Html, writer.ToString(), [0], footnotes) { BlockQuotes = quotes };
        }
    }

    /// <summary>
    /// BOM first; otherwise UTF-8 when the bytes are valid UTF-8; otherwise the charset the page declares; otherwise
    /// windows-1252 (what browsers assume for undeclared legacy pages). Never fails.
    /// </summary>
    internal static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(Signatures.Utf8Bom))
            return Encoding.UTF8.GetString(span[Signatures.Utf8Bom.Length..]);
        if (span.StartsWith(Signatures.Utf16LeBom))
            return Encoding.Unicode.GetString(span[Signatures.Utf16LeBom.Length..]);
        if (span.StartsWith(Signatures.Utf16BeBom))
            return Encoding.BigEndianUnicode.GetString(span[Signatures.Utf16BeBom.Length..]);
        if (TextDocumentReader.TryDecodeUtf8(span, out string? utf8, out _))
            return utf8;

        string head = Encoding.Latin1.GetString(span[..Math.Min(span.Length, 4096)]);
        Match declared = CharsetDeclaration().Match(head);
        if (declared.Success)
        {
            try
            {
                return Encoding.GetEncoding(declared.Groups["name"].Value).GetString(bytes);
            }
            catch (ArgumentException)
            {
                // Unknown or unsupported charset name: fall through to the browsers' default.
            }
        }

        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    [GeneratedRegex("""charset\s*=\s*["']?(?<name>[A-Za-z0-9_.:\-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();

    private readonly record struct Frame(INode Node, bool Exiting, int FootnoteIndex);

    /// <summary>Iterative walk, so that absurdly deep markup cannot overflow the stack.</summary>
    private static void Walk(INode? root, BlockTextWriter writer, List<FootnoteSpan> footnotes, List<QuoteSpan> quotes)
    {
        var quoteMarks = new Stack<int>();
        if (root is null)
            return;
        var stack = new Stack<Frame>();
        stack.Push(new Frame(root, false, -1));
        int preDepth = 0;
        OpenFootnote? open = null;
        var cellCounts = new Stack<int>();

        while (stack.Count > 0)
        {
            Frame frame = stack.Pop();
            INode node = frame.Node;
            if (node is IText text)
            {
                if (preDepth > 0)
                    writer.WriteVerbatim(text.Data);
                else
                    writer.WriteCollapsed(text.Data);
                continue;
            }

            if (node is not IElement element)
                continue;

            string tag = element.LocalName;
            if (frame.Exiting)
            {
                if (tag == "pre" || tag == "listing" || tag == "xmp" || tag == "plaintext")
                    preDepth--;
                if (tag == "tr" && cellCounts.Count > 0)
                    cellCounts.Pop();
                if (tag == "blockquote" && quoteMarks.Count > 0)
                {
                    // the outermost quotation is the block; one inside it is part of it
                    int mark = quoteMarks.Pop();
                    int start = writer.FirstContentAfter(mark);
                    int end = writer.Length;
                    if (quoteMarks.Count == 0 && start >= 0 && end > start)
                    {
                        string quoted = writer.Slice(start, end);
                        end = start + quoted.TrimEnd().Length;
                        if (end > start)
                            quotes.Add(new QuoteSpan(start, end));
                    }
                }

                EndElement(tag, writer);
                if (open is not null && frame.FootnoteIndex == open.Index)
                {
                    FootnoteSpan? span = open.Close(writer);
                    if (span is not null)
                        footnotes.Add(span);
                    open = null;
                }

                continue;
            }

            if (Dropped.Contains(tag) || element.HasAttribute("hidden"))
                continue;

            if (tag == "br")
            {
                writer.LineBreak();
                continue;
            }

            if (tag == "wbr")
                continue;

            if (tag is "td" or "th")
            {
                if (cellCounts.Count > 0)
                {
                    int cells = cellCounts.Pop();
                    if (cells > 0)
                        writer.CellSeparator();
                    cellCounts.Push(cells + 1);
                }
                else
                {
                    writer.Space();
                }
            }

            if (tag == "tr")
                cellCounts.Push(0);
            if (tag == "pre" || tag == "listing" || tag == "xmp" || tag == "plaintext")
                preDepth++;
            StartElement(tag, writer);
            if (tag == "blockquote")
                quoteMarks.Push(writer.ContentMark);

            int footnoteIndex = -1;
            if (open is null && IsFootnote(element))
            {
                open = new OpenFootnote(footnotes.Count + 1, element, writer);
                footnoteIndex = open.Index;
            }

            stack.Push(new Frame(element, true, footnoteIndex));
            INodeList children = element.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
                stack.Push(new Frame(children[i], false, -1));
        }
    }

    private static void StartElement(string tag, BlockTextWriter writer)
    {
        if (Paragraphs.Contains(tag))
            writer.BlockBreak(2);
        else if (Lines.Contains(tag))
            writer.BlockBreak(1);
    }

    private static void EndElement(string tag, BlockTextWriter writer)
    {
        if (Paragraphs.Contains(tag))
            writer.BlockBreak(2);
        else if (Lines.Contains(tag))
            writer.BlockBreak(1);
    }

    private static bool IsFootnote(IElement element)
    {
        string tag = element.LocalName;
        if (tag is "a" or "sup" or "sub" or "span" or "small" or "b" or "i" or "em" or "strong")
            return false;
        string? role = element.GetAttribute("role");
        if (role is "doc-footnote" or "doc-endnote")
            return true;
        foreach (string token in element.ClassList)
        {
            if (token.Equals("footnote", StringComparison.OrdinalIgnoreCase)
                || token.Equals("endnote", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        string? id = element.Id;
        return id is not null && FootnoteId().IsMatch(id);
    }

    [GeneratedRegex(@"^(?:fn|footnote|endnote|note)[-_]?\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteId();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\[?(?<mark>\d{1,4}|[*†‡§¶]{1,3})\]?(?=[\s.):]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMark();

    private sealed class OpenFootnote(int index, IElement element, BlockTextWriter writer)
    {
        private readonly int _startMark = writer.ContentMark;

        public int Index { get; } = index;

        public FootnoteSpan? Close(BlockTextWriter w)
        {
            int start = w.FirstContentAfter(_startMark);
            int end = w.Length;
            if (start < 0 || end <= start)
                return null;
            return new FootnoteSpan(LabelOf(w.Slice(start, end)), start, end);
        }

        private string LabelOf(string text)
        {
            string? label = element.GetAttribute("data-label");
            if (!string.IsNullOrWhiteSpace(label))
                return label.Trim();
            if (element.Id is { } id && FootnoteId().IsMatch(id))
                return Digits().Match(id).Value;
            Match mark = LeadingMark().Match(text);
            if (mark.Success)
                return mark.Groups["mark"].Value;

            return Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
