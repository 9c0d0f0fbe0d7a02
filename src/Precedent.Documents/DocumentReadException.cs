namespace Precedent.Documents;

/// <summary>
/// A document could not be read. The message is one line that names the file and the reason, fit to show a user
/// as is (for example "brief.pdf is encrypted; remove the password first").
/// </summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception with a one-line message naming the file and the reason.</summary>
    public DocumentReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the library failure behind it.</summary>
    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Builds "NAME REASON", with the detail (if any) squeezed onto the same line.</summary>
    internal static DocumentReadException For(string name, string reason, Exception? inner = null, string? detail = null)
    {
        string message = string.IsNullOrWhiteSpace(detail)
            ? $"{name} {reason}"
            : $"{name} {reason}: {OneLine(detail)}";
        return inner is null ? new DocumentReadException(message) : new DocumentReadException(message, inner);
    }

    private static string OneLine(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 200 ? flat : string.Concat(flat.AsSpan(0, 197), "...");
    }
}
