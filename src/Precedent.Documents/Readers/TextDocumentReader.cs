using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Precedent.Documents.Readers;

/// <summary>
/// Plain text: UTF-8 with or without a byte-order mark, UTF-16 or UTF-32 with one. Anything else that is not
/// strict UTF-8 is refused (with the byte offset of the first bad sequence), and so is a file with NUL bytes.
/// Each form feed ('\f') starts a new page.
/// </summary>
internal static class TextDocumentReader
{
    public static SourceDocument Read(string name, byte[] bytes)
    {
        string text = Decode(name, bytes);
        return new SourceDocument(name, DocumentFormat.Text, text, PageStartsAtFormFeeds(text), []);
    }

    /// <summary>Decodes the bytes of a text file, throwing <see cref="DocumentReadException"/> on anything that is not text.</summary>
    public static string Decode(string name, ReadOnlySpan<byte> bytes)
    {
        // Longest byte-order marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
        if (bytes.StartsWith(Signatures.Utf32LeBom))
            return DecodeStrict(name, bytes, Signatures.Utf32LeBom.Length, new UTF32Encoding(false, false, true), "UTF-32", 4);
        if (bytes.StartsWith(Signatures.Utf32BeBom))
            return DecodeStrict(name, bytes, Signatures.Utf32BeBom.Length, new UTF32Encoding(true, false, true), "UTF-32", 4);
        if (bytes.StartsWith(Signatures.Utf16LeBom))
            return DecodeStrict(name, bytes, Signatures.Utf16LeBom.Length, new UnicodeEncoding(false, false, true), "UTF-16", 2);
        if (bytes.StartsWith(Signatures.Utf16BeBom))
            return DecodeStrict(name, bytes, Signatures.Utf16BeBom.Length, new UnicodeEncoding(true, false, true), "UTF-16", 2);

        int bom = bytes.StartsWith(Signatures.Utf8Bom) ? Signatures.Utf8Bom.Length : 0;
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw DocumentReadException.For(
                name, $"is a binary file, not text (NUL byte at byte {nul}); give a .txt, .html, .pdf or .docx");
        }

        return DecodeUtf8(name, bytes, bom);
    }

    /// <summary>Strict UTF-8 from <paramref name="start"/>; the error names the file offset of the first bad byte.</summary>
    public static string DecodeUtf8(string name, ReadOnlySpan<byte> bytes, int start)
    {
        if (TryDecodeUtf8(bytes[start..], out string? text, out int badAt))
            return text;
        throw DocumentReadException.For(name, $"is not valid UTF-8 at byte {start + badAt}");
    }

    /// <summary>Strict UTF-8; on failure <paramref name="badAt"/> is the offset of the first invalid sequence.</summary>
    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text, out int badAt)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            OperationStatus status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                text = new string(buffer, 0, written);
                badAt = -1;
                return true;
            }

            text = null;
            badAt = read;
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeStrict(string name, ReadOnlySpan<byte> bytes, int bom, Encoding encoding, string label, int unit)
    {
        ReadOnlySpan<byte> body = bytes[bom..];
        if (body.Length % unit != 0)
            throw DocumentReadException.For(name, $"is not valid {label}: it ends in the middle of a character (truncated?)");
        try
        {
            return encoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            string where = ex.Index >= 0 ? $" at byte {bom + ex.Index}" : string.Empty;
            throw DocumentReadException.For(name, $"is not valid {label}{where}", ex);
        }
    }

    /// <summary>Page 1 starts at 0; each form feed starts a page just after itself.</summary>
    public static List<int> PageStartsAtFormFeeds(string text)
    {
        var starts = new List<int> { 0 };
        int at = text.IndexOf('\f');
        while (at >= 0)
        {
            starts.Add(at + 1);
            at = text.IndexOf('\f', at + 1);
        }

        return starts;
    }
}
