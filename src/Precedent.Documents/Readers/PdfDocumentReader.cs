using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Precedent.Documents.Readers;

/// <summary>
/// PDF via PdfPig: per page, words rebuilt into lines by baseline (<see cref="PdfLayout"/>), running headers and
/// footers dropped, hyphenated line ends joined; pages joined with "\n\f". Refuses empty, corrupt, encrypted and
/// image-only files with a one-line reason.
/// </summary>
internal static class PdfDocumentReader
{
    public static SourceDocument Read(string name, byte[] bytes)
    {
        if (bytes.Length == 0)
            throw DocumentReadException.For(name, "is an empty file (0 bytes), not a PDF");
        if (!Signatures.HasPdfHeader(bytes))
        {
            if (bytes.AsSpan().StartsWith(Signatures.Zip))
                throw DocumentReadException.For(name, "is not a PDF: it is a zip file (a .docx?)");
            throw DocumentReadException.For(name, "is not a PDF file (no %PDF- header)");
        }

        List<List<PlacedLine>> pages = ReadPages(name, bytes);
        if (pages.Count == 0)
            throw DocumentReadException.For(name, "is an empty PDF (it has no pages)");
        if (pages.TrueForAll(static p => p.Count == 0))
            throw DocumentReadException.For(name, "has no text layer (scanned images?); run OCR first");

        PdfLayout.RemoveRunningHeadersAndFooters(pages);
        var text = new StringBuilder();
        var starts = new List<int>(pages.Count);
        for (int i = 0; i < pages.Count; i++)
        {
            if (i > 0)
                text.Append("\n\f");
            starts.Add(text.Length);
            text.Append(PdfLayout.PageText(pages[i]));
        }

        return new SourceDocument(name, DocumentFormat.Pdf, text.ToString(), starts, []);
    }

    private static List<List<PlacedLine>> ReadPages(string name, byte[] bytes)
    {
        int pageNumber = 0;
        try
        {
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
            using PdfDocument pdf = PdfDocument.Open(bytes, options);
            int count = pdf.NumberOfPages;
            var pages = new List<List<PlacedLine>>(count);
            for (pageNumber = 1; pageNumber <= count; pageNumber++)
            {
                Page page = pdf.GetPage(pageNumber);
                pages.Add(BuildLines(page.GetWords()));
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw DocumentReadException.For(name, "is encrypted; remove the password first", ex);
        }
        catch (Exception ex) when (ex is not DocumentReadException)
        {
            string where = pageNumber > 0 ? $"page {pageNumber}: " : string.Empty;
            throw DocumentReadException.For(name, "is not a valid PDF (corrupt or truncated)", ex, where + ex.Message);
        }
    }

    /// <summary>
    /// Lines of one page. Text running in another direction than the page's main text (a stamp up the margin) is
    /// laid out on its own and comes after the main text.
    /// </summary>
    private static List<PlacedLine> BuildLines(IEnumerable<Word> words)
    {
        var byOrientation = new Dictionary<TextOrientation, List<PlacedWord>>();
        foreach (Word word in words)
        {
            if (word.Letters.Count == 0 || string.IsNullOrWhiteSpace(word.Text))
                continue;
            TextOrientation orientation = word.TextOrientation == TextOrientation.Other
                ? TextOrientation.Horizontal
                : word.TextOrientation;
            if (!byOrientation.TryGetValue(orientation, out List<PlacedWord>? group))
                byOrientation[orientation] = group = [];
            group.Add(Place(word, orientation));
        }

        var lines = new List<PlacedLine>();
        foreach (List<PlacedWord> group in byOrientation.Values.OrderByDescending(static g => g.Count))
            lines.AddRange(PdfLayout.BuildLines(group));
        return lines;
    }

    /// <summary>Maps a PdfPig word into reading coordinates, whatever way the text runs on the page.</summary>
    private static PlacedWord Place(Word word, TextOrientation orientation)
    {
        Letter first = word.Letters[0];
        Letter last = word.Letters[^1];
        double size = first.PointSize > 0 ? first.PointSize : Math.Max(1.0, word.BoundingBox.Height);
        double x0 = first.StartBaseLine.X, y0 = first.StartBaseLine.Y;
        double x1 = last.EndBaseLine.X, y1 = last.EndBaseLine.Y;
        return orientation switch
        {
            // Reading up the page: lines follow each other to the right.
            TextOrientation.Rotate90 => new PlacedWord(word.Text, y0, y1, -x0, size),
            // Reading down the page: lines follow each other to the left.
            TextOrientation.Rotate270 => new PlacedWord(word.Text, -y0, -y1, x0, size),
            TextOrientation.Rotate180 => new PlacedWord(word.Text, -x0, -x1, -y0, size),
            _ => new PlacedWord(word.Text, x0, x1, y0, size),
        };
    }
}
