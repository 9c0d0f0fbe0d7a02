using System.Text;

namespace Precedent.Cli;

/// <summary>A problem with the user's input: reported as one clear line, exit code 2.</summary>
internal sealed class InputException(string message) : Exception(message);

/// <summary>Reads the text of an input file (or standard input for "-") with clear errors.</summary>
internal static class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a .txt file or standard input as UTF-8.</summary>
    public static string Read(string path)
    {
        byte[] bytes;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var ms = new MemoryStream();
            stdin.CopyTo(ms);
            bytes = ms.ToArray();
        }
        else
        {
            if (Directory.Exists(path))
                throw new InputException($"{path}: is a directory, not a file");
            if (!File.Exists(path))
                throw new InputException($"{path}: no such file");
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{path}: cannot be read: {e.Message}");
            }
        }
        return Decode(path == "-" ? "standard input" : path, bytes);
    }

    /// <summary>Decodes UTF-8 (with or without BOM, or UTF-16 with BOM); binary or invalid input is an error.</summary>
    public static string Decode(string name, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (probe.IndexOf((byte)0) >= 0)
            throw new InputException($"{name}: looks like a binary file (it contains NUL bytes); give a text file");
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index + offset}" : "";
            throw new InputException($"{name}: is not valid UTF-8{at}; convert it to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8)");
        }
    }
}
