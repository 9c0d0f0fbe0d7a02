using Precedent.Documents.Readers;

namespace Precedent.Documents;

/// <summary>
/// Reads an input file (.txt, .html, .pdf, .docx) into a <see cref="SourceDocument"/>: decoded plain text with
/// page starts and footnotes. Every failure is a <see cref="DocumentReadException"/> whose message names the file and
/// the reason; no exception of a third-party library escapes.
/// </summary>
/// <example>
/// <code>
/// var doc = DocumentReader.Read("brief.pdf");
/// int at = doc.Text.IndexOf("483 U.S. 635", StringComparison.Ordinal);
/// Console.WriteLine($"page {doc.PageAt(at)}, line {doc.LineAt(at)}");
/// </code>
/// </example>
public static class DocumentReader
{
    /// <summary>
    /// Reads the file at <paramref name="path"/>, choosing the reader by extension (.txt/.text/.md, .html/.htm,
    /// .pdf, .docx) or, for any other extension, by the file's first bytes.
    /// </summary>
    /// <exception cref="DocumentReadException">The file is missing, a directory, unreadable or not a valid document.</exception>
    public static SourceDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            throw DocumentReadException.For(path, "is a directory, not a file");
        if (!File.Exists(path))
            throw DocumentReadException.For(path, "does not exist");

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException
                                       or System.Security.SecurityException)
        {
            throw DocumentReadException.For(path, "cannot be read", ex, ex.Message);
        }

        return Read(path, bytes);
    }

    /// <summary>
    /// Reads a document held in memory. <paramref name="name"/> names it in messages and in
    /// <see cref="SourceDocument.Path"/>; unless <paramref name="format"/> is given, its extension (or else the
    /// bytes) chooses the reader.
    /// </summary>
    /// <exception cref="DocumentReadException">The bytes are not a valid document of the chosen format.</exception>
    public static SourceDocument Read(string name, byte[] bytes, DocumentFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        DocumentFormat chosen = format ?? FormatOf(name, bytes);
        try
        {
            return chosen switch
            {
                DocumentFormat.Text => TextDocumentReader.Read(name, bytes),
                DocumentFormat.Html => HtmlDocumentReader.Read(name, bytes),
                DocumentFormat.Pdf => PdfDocumentReader.Read(name, bytes),
                DocumentFormat.Docx => DocxDocumentReader.Read(name, bytes),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown document format"),
            };
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName == nameof(format))
        {
            throw;
        }
        catch (Exception ex)
        {
            // Last line of defence: the readers translate the failures they expect; anything else still leaves as ours.
            throw DocumentReadException.For(name, $"could not be read as {Describe(chosen)}", ex, ex.Message);
        }
    }

    /// <summary>
    /// The format the reader would choose for a file: by extension where it is known, otherwise by sniffing the
    /// first bytes ("%PDF-" → PDF, a zip header → .docx, markup → HTML, anything else → text).
    /// </summary>
    public static DocumentFormat FormatOf(string name, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        string extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
        switch (extension)
        {
            case ".txt" or ".text" or ".md":
                return DocumentFormat.Text;
            case ".html" or ".htm" or ".xhtml":
                return DocumentFormat.Html;
            case ".pdf":
                return DocumentFormat.Pdf;
            case ".docx":
                return DocumentFormat.Docx;
        }

        return Sniff(name, bytes);
    }

    private static DocumentFormat Sniff(string name, ReadOnlySpan<byte> bytes)
    {
        if (Signatures.HasPdfHeader(bytes))
            return DocumentFormat.Pdf;
        if (bytes.StartsWith(Signatures.Zip))
            return DocumentFormat.Docx;
        if (bytes.StartsWith(Signatures.OleCompoundFile))
            throw DocumentReadException.For(name, Signatures.OleReason);
        if (Signatures.LooksLikeMarkup(bytes))
            return DocumentFormat.Html;
        return DocumentFormat.Text;
    }

    private static string Describe(DocumentFormat format) => format switch
    {
        DocumentFormat.Text => "text",
        DocumentFormat.Html => "HTML",
        DocumentFormat.Pdf => "PDF",
        DocumentFormat.Docx => ".docx",
        _ => format.ToString(),
    };
}
