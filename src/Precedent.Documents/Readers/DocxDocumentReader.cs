using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Precedent.Documents.Readers;

/// <summary>
/// Word .docx via DocumentFormat.OpenXml: body paragraphs in order, one line each (runs concatenated, tabs as
/// spaces, <c>w:br</c> as a line break); a table one line per row, cells separated by a tab; a footnote reference as
/// "[n]" in the text; then the footnotes (and endnotes, "[i]", "[ii]"…) after the body, each on its own line as
/// "[n] text" and recorded as a <see cref="FootnoteSpan"/>. Pages start at explicit page breaks
/// (<c>w:br w:type="page"</c>, <c>w:lastRenderedPageBreak</c>, <c>w:pageBreakBefore</c>); deleted text, field codes
/// and hidden text are left out.
/// </summary>
internal static class DocxDocumentReader
{
    private const string NotDocx = "is not a valid .docx (zip) file";

    public static SourceDocument Read(string name, byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes;
        if (head.StartsWith(Signatures.OleCompoundFile))
            throw DocumentReadException.For(name, Signatures.OleReason);
        if (!head.StartsWith(Signatures.Zip) && !head.StartsWith(Signatures.EmptyZip))
        {
            string what = bytes.Length == 0 ? "it is empty" : Signatures.HasPdfHeader(head) ? "it is a PDF" : "no zip header";
            throw DocumentReadException.For(name, $"{NotDocx} ({what})");
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
            MainDocumentPart? main = document.MainDocumentPart;
            Body? body = main?.Document?.Body;
            if (main is null || body is null)
                throw DocumentReadException.For(name, "is not a valid .docx: it has no document body (is it another Office file?)");
            return new DocxTextBuilder(main).Build(name, body);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException
                                       or System.Xml.XmlException or FileFormatException or InvalidOperationException
                                       or ArgumentException or NotSupportedException)
        {
            throw DocumentReadException.For(name, NotDocx, ex, ex.Message);
        }
    }

    /// <summary>One pass over the body, then the notes; keeps the text, page starts and note labels.</summary>
    private sealed class DocxTextBuilder(MainDocumentPart main)
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _pageStarts = [0];
        private readonly Dictionary<long, string> _footnoteLabels = [];
        private readonly Dictionary<long, string> _endnoteLabels = [];
        private readonly List<long> _footnoteOrder = [];
        private readonly List<long> _endnoteOrder = [];
        private bool _pageBreakPending;
        private bool _pageBreakEndsLine;
        private bool _pageHasContent;
        private bool _inNotes;
        private bool _spacePending;
        private bool _tabPending;
        private bool _trimLeading;
        private int _cellDepth;

        public SourceDocument Build(string name, Body body)
        {
            Walk(body);
            var footnotes = new List<FootnoteSpan>();
            _inNotes = true;
            _pageBreakPending = false;

            var notes = main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(IsNormal).ToList() ?? [];
            var endnotes = main.EndnotesPart?.Endnotes?.Elements<Endnote>().Where(IsNormal).ToList() ?? [];
            if ((notes.Count > 0 || endnotes.Count > 0) && _text.Length > 0)
            {
                EndLine();
                _text.Append('\n');
            }

            WriteNotes(notes, _footnoteOrder, _footnoteLabels, ArabicLabel, footnotes);
            WriteNotes(endnotes, _endnoteOrder, _endnoteLabels, RomanLabel, footnotes);
            return new SourceDocument(name, DocumentFormat.Docx, _text.ToString(), _pageStarts, footnotes);
        }

        private static bool IsNormal(FootnoteEndnoteType note)
        {
            FootnoteEndnoteValues? type = note.Type?.Value;
            return type is null || type == FootnoteEndnoteValues.Normal;
        }

        private void WriteNotes<TNote>(
            List<TNote> notes,
            List<long> referenced,
            Dictionary<long, string> labels,
            Func<int, string> labelFor,
            List<FootnoteSpan> spans)
            where TNote : FootnoteEndnoteType
        {
            var byId = new Dictionary<long, TNote>();
            foreach (TNote note in notes)
            {
                if (note.Id?.Value is long id)
                    byId.TryAdd(id, note);
            }

            // Referenced notes in the order the body refers to them, then any the body never refers to.
            var order = referenced.Where(byId.ContainsKey).ToList();
            foreach (TNote note in notes)
            {
                if (note.Id?.Value is long id && !labels.ContainsKey(id) && !order.Contains(id))
                {
                    labels[id] = labelFor(labels.Count + 1);
                    order.Add(id);
                }
            }

            foreach (long id in order)
            {
                EndLine();
                int start = _text.Length;
                string label = labels[id];
                _text.Append('[').Append(label).Append("] ");
                _trimLeading = true;
                Walk(byId[id]);
                _trimLeading = false;
                _spacePending = false;
                _tabPending = false;
                int end = _text.Length;
                while (end > start && char.IsWhiteSpace(_text[end - 1]))
                    end--;
                _text.Length = end;
                _text.Append('\n');
                spans.Add(new FootnoteSpan(label, start, end));
            }
        }

        private static string ArabicLabel(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string RomanLabel(int n)
        {
            if (n is <= 0 or >= 4000)
                return n.ToString(CultureInfo.InvariantCulture);
            ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
            string[] numerals = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
            var roman = new StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                while (n >= values[i])
                {
                    roman.Append(numerals[i]);
                    n -= values[i];
                }
            }

            return roman.ToString();
        }

        private readonly record struct Frame(OpenXmlElement Element, bool Exiting);

        /// <summary>Iterative, so that deeply nested content cannot overflow the stack.</summary>
        private void Walk(OpenXmlElement root)
        {
            var stack = new Stack<Frame>();
            var cellsInRow = new Stack<int>();
            stack.Push(new Frame(root, false));
            while (stack.Count > 0)
            {
                (OpenXmlElement element, bool exiting) = stack.Pop();
                if (exiting)
                {
                    Exit(element, cellsInRow);
                    continue;
                }

                if (!Enter(element, cellsInRow))
                    continue;
                stack.Push(new Frame(element, true));
                OpenXmlElement? child = element.LastChild;
                while (child is not null)
                {
                    stack.Push(new Frame(child, false));
                    child = child.PreviousSibling();
                }
            }
        }

        /// <summary>Handles an element on the way in; false when its children are to be skipped.</summary>
        private bool Enter(OpenXmlElement element, Stack<int> cellsInRow)
        {
            switch (element)
            {
                case Text text:
                    Append(text.Text);
                    return false;
                case global::DocumentFormat.OpenXml.Math.Text mathText:
                    Append(mathText.Text);
                    return false;
                case TabChar or PositionalTab:
                    Append(" ");
                    return false;
                case NoBreakHyphen:
                    Append("-");
                    return false;
                case Break br:
                    BreakValues? type = br.Type?.Value;
                    if (type == BreakValues.Page)
                        PageBreak(endsLine: true);
                    else
                        LineBreak();
                    return false;
                case CarriageReturn:
                    LineBreak();
                    return false;
                case LastRenderedPageBreak:
                    PageBreak(endsLine: false);
                    return false;
                case FootnoteReference reference:
                    AppendReference(reference.Id?.Value, _footnoteOrder, _footnoteLabels, ArabicLabel);
                    return false;
                case EndnoteReference reference:
                    AppendReference(reference.Id?.Value, _endnoteOrder, _endnoteLabels, RomanLabel);
                    return false;
                case Run run when IsHidden(run.RunProperties):
                    return false;
                case Paragraph paragraph:
                    if (IsOn(paragraph.ParagraphProperties?.PageBreakBefore))
                        PageBreak(endsLine: true);
                    return true;
                case TableRow:
                    cellsInRow.Push(0);
                    return true;
                case TableCell:
                    if (cellsInRow.Count > 0)
                    {
                        int cells = cellsInRow.Pop();
                        if (cells > 0)
                            _tabPending = true;
                        cellsInRow.Push(cells + 1);
                    }

                    _cellDepth++;
                    return true;
                case AlternateContentFallback:
                    // The Choice branch already holds the same content.
                    return false;
                case DeletedText or FieldCode or DeletedFieldCode or FootnoteReferenceMark or EndnoteReferenceMark
                    or SoftHyphen or ParagraphProperties or RunProperties or TableProperties or TableRowProperties
                    or TableCellProperties or SectionProperties or TableGrid or SdtProperties or SdtEndCharProperties
                    or Deleted or DeletedRun or MoveFromRun or CommentRangeStart or CommentRangeEnd or BookmarkStart
                    or BookmarkEnd or ProofError:
                    return false;
                default:
                    return true;
            }
        }

        private void Exit(OpenXmlElement element, Stack<int> cellsInRow)
        {
            switch (element)
            {
                case Paragraph:
                    EndParagraph();
                    break;
                case TableCell:
                    _cellDepth--;
                    break;
                case TableRow:
                    if (cellsInRow.Count > 0)
                        cellsInRow.Pop();
                    if (_cellDepth > 0)
                    {
                        _spacePending = true;
                    }
                    else
                    {
                        EndLine();
                        _tabPending = false;
                        _spacePending = false;
                    }

                    break;
            }
        }

        private static bool IsOn(OnOffType? property)
            => property is not null && (property.Val is null || property.Val.Value);

        private static bool IsHidden(RunProperties? properties)
            => properties is not null && IsOn(properties.GetFirstChild<Vanish>());

        private void AppendReference(long? id, List<long> order, Dictionary<long, string> labels, Func<int, string> labelFor)
        {
            if (id is not long key)
                return;
            if (!labels.TryGetValue(key, out string? label))
            {
                label = labelFor(labels.Count + 1);
                labels[key] = label;
                order.Add(key);
            }

            Append($"[{label}]");
        }

        private void Append(string? text)
        {
            if (string.IsNullOrEmpty(text))
                return;
            if (_trimLeading)
            {
                text = text.TrimStart();
                if (text.Length == 0)
                    return;
                _trimLeading = false;
            }

            if (_pageBreakPending)
            {
                _pageBreakPending = false;
                if (_pageBreakEndsLine && LineHasContent)
                    _text.Append('\n');
                if (_text.Length > _pageStarts[^1])
                {
                    _pageStarts.Add(_text.Length);
                    _pageHasContent = false;
                }
            }

            if (_tabPending && LineHasContent)
                _text.Append('\t');
            else if (_spacePending && LineHasContent && !char.IsWhiteSpace(_text[^1]))
                _text.Append(' ');
            _tabPending = false;
            _spacePending = false;

            _text.Append(text);
            if (!_pageHasContent && !string.IsNullOrWhiteSpace(text))
                _pageHasContent = true;
        }

        private bool LineHasContent => _text.Length > 0 && _text[^1] != '\n';

        private void PageBreak(bool endsLine)
        {
            if (_inNotes || !_pageHasContent)
                return;
            if (!_pageBreakPending)
                _pageBreakEndsLine = endsLine;
            else
                _pageBreakEndsLine |= endsLine;
            _pageBreakPending = true;
        }

        private void LineBreak()
        {
            if (_cellDepth > 0)
            {
                _spacePending = true;
                return;
            }

            _text.Append('\n');
            _spacePending = false;
            _tabPending = false;
        }

        private void EndParagraph() => LineBreak();

        private void EndLine()
        {
            if (LineHasContent)
                _text.Append('\n');
        }
    }
}
