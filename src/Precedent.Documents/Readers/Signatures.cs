namespace Precedent.Documents.Readers;

/// <summary>The magic numbers and byte-order marks the readers recognise.</summary>
internal static class Signatures
{
    public static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    public static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    public static ReadOnlySpan<byte> EmptyZip => [0x50, 0x4B, 0x05, 0x06];

    public static ReadOnlySpan<byte> OleCompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    public static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    public static ReadOnlySpan<byte> Utf32LeBom => [0xFF, 0xFE, 0x00, 0x00];

    public static ReadOnlySpan<byte> Utf32BeBom => [0x00, 0x00, 0xFE, 0xFF];

    public const string OleReason =
        "is an OLE compound file (a legacy .doc, or a password-protected Office file); save it as .docx without a password or as PDF";

    /// <summary>PDF readers accept the header anywhere in the first 1024 bytes (some files carry junk before it).</summary>
    public static bool HasPdfHeader(ReadOnlySpan<byte> bytes)
        => bytes[..Math.Min(bytes.Length, 1024)].IndexOf(Pdf) >= 0;

    /// <summary>True when the first non-blank character (after any UTF-8 BOM) opens a tag, comment or doctype.</summary>
    public static bool LooksLikeMarkup(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
            bytes = bytes[Utf8Bom.Length..];
        int i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f')
            i++;
        if (i + 1 >= bytes.Length || bytes[i] != (byte)'<')
            return false;
        byte next = bytes[i + 1];
        return next is (byte)'!' or (byte)'?' || (next | 0x20) is >= (byte)'a' and <= (byte)'z';
    }
}
