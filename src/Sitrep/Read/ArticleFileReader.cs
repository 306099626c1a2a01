using System.Text;

namespace Sitrep.Read;

/// <summary>The text of a file, or why there is none. Reading never throws for bad input.</summary>
public sealed record ReadResult(string? Text, string? Error)
{
    public bool Ok => Error is null;
    public static ReadResult Success(string text) => new(text, null);
    public static ReadResult Failure(string error) => new(null, error);
}

/// <summary>
/// Reads an article from a file or standard input as strict UTF-8 and refuses what is not text:
/// a missing path, an empty file, binary content (NUL bytes or mostly control characters), invalid
/// UTF-8, or a file over <see cref="MaxBytes"/>.
/// </summary>
public static class ArticleFileReader
{
    /// <summary>Larger inputs are refused: no news article is 64 MB of text.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var ms = new MemoryStream();
                stdin.CopyTo(ms);
                bytes = ms.ToArray();
            }
            else
            {
                if (Directory.Exists(path)) return ReadResult.Failure($"{path}: is a folder, not a file.");
                var info = new FileInfo(path);
                if (!info.Exists) return ReadResult.Failure($"{path}: no such file.");
                if (info.Length > MaxBytes) return ReadResult.Failure($"{path}: {info.Length / (1024 * 1024)} MB is more than the {MaxBytes / (1024 * 1024)} MB an article may have.");
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failure($"{path}: cannot be read ({e.Message}).");
        }
        return Decode(bytes, path);
    }

    public static ReadResult Decode(byte[] bytes, string name)
    {
        if (bytes.Length == 0) return ReadResult.Failure($"{name}: the file is empty.");
        if (LooksBinary(bytes)) return ReadResult.Failure($"{name}: binary data, not text.");
        string text;
        try
        {
            int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            return ReadResult.Failure($"{name}: not valid UTF-8 (bad byte at offset {e.Index}); convert it to UTF-8 first.");
        }
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Failure($"{name}: the file has only white space.");
        return ReadResult.Success(text);
    }

    /// <summary>NUL bytes, or more than 5% control characters in the first 8 KB, mean binary.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        int n = Math.Min(bytes.Length, 8192), control = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C) control++;
        }
        return control * 20 > n;
    }
}
