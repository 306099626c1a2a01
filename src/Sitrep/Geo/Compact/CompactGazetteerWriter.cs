using System.Buffers.Binary;
using System.Text;

namespace Sitrep.Geo.Compact;

/// <summary>
/// Collects places with their names and writes the compact file (see <see cref="CompactFormat"/>).
/// Used at build time only; holds everything in memory (cities500 is ~200k places).
/// </summary>
internal sealed class CompactGazetteerWriter
{
    private readonly List<(Place Place, byte Source)> _places = new();
    private readonly Dictionary<string, List<int>> _keys = new(StringComparer.Ordinal);

    public int PlaceCount => _places.Count;

    /// <summary>Adds a place under its name, ASCII name and the given other names; returns its index.</summary>
    public int Add(Place place, byte source, IEnumerable<string> otherNames)
    {
        int index = _places.Count;
        _places.Add((place, source));
        AddName(index, place.Name);
        AddName(index, place.AsciiName);
        foreach (var n in otherNames) AddName(index, n);
        return index;
    }

    public void AddName(int index, string name)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0 || key.Length > 200) return;
        foreach (char c in key) if (c > 127) return; // keys are ASCII by construction; skip the rest
        if (!_keys.TryGetValue(key, out var list)) _keys[key] = list = new List<int>(1);
        if (list.Count == 0 || list[^1] != index) list.Add(index);
    }

    public void Write(Stream output)
    {
        var heap = new MemoryStream();
        var strings = new Dictionary<string, uint>(StringComparer.Ordinal);
        uint Str(string? s)
        {
            if (s is null) return CompactFormat.NoString;
            if (strings.TryGetValue(s, out uint at)) return at;
            var bytes = Encoding.UTF8.GetBytes(s);
            if (bytes.Length > ushort.MaxValue) throw new InvalidDataException("A string is too long for the compact gazetteer.");
            at = (uint)heap.Length;
            Span<byte> len = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(len, (ushort)bytes.Length);
            heap.Write(len);
            heap.Write(bytes);
            strings[s] = at;
            return at;
        }

        var placeBytes = new byte[_places.Count * CompactFormat.PlaceSize];
        for (int i = 0; i < _places.Count; i++)
        {
            var (p, source) = _places[i];
            var r = placeBytes.AsSpan(i * CompactFormat.PlaceSize, CompactFormat.PlaceSize);
            BinaryPrimitives.WriteInt32LittleEndian(r[CompactFormat.PId..], checked((int)p.GeonameId));
            BinaryPrimitives.WriteSingleLittleEndian(r[CompactFormat.PLat..], (float)p.Latitude);
            BinaryPrimitives.WriteSingleLittleEndian(r[CompactFormat.PLon..], (float)p.Longitude);
            BinaryPrimitives.WriteInt32LittleEndian(r[CompactFormat.PPop..], (int)Math.Min(int.MaxValue, p.Population));
            BinaryPrimitives.WriteUInt32LittleEndian(r[CompactFormat.PName..], Str(p.Name));
            BinaryPrimitives.WriteUInt32LittleEndian(r[CompactFormat.PAscii..], p.AsciiName == p.Name ? Str(p.Name) : Str(p.AsciiName));
            BinaryPrimitives.WriteUInt32LittleEndian(r[CompactFormat.PAdmin1..], Str(p.Admin1));
            BinaryPrimitives.WriteUInt32LittleEndian(r[CompactFormat.PAdmin2..], Str(p.Admin2));
            var cc = (p.CountryCode + "  ")[..2];
            r[CompactFormat.PCountry] = (byte)cc[0];
            r[CompactFormat.PCountry + 1] = (byte)cc[1];
            r[CompactFormat.PClass] = p.FeatureClass.Length > 0 ? (byte)p.FeatureClass[0] : (byte)' ';
            r[CompactFormat.PSource] = source;
            BinaryPrimitives.WriteUInt32LittleEndian(r[CompactFormat.PCode..], Str(p.FeatureCode));
        }

        // Keys in ordinal order of their ASCII bytes, which is what the reader's binary search compares.
        var keys = _keys.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var keyBytes = new byte[keys.Length * CompactFormat.KeySize];
        var postings = new List<int>(keys.Length * 2);
        for (int k = 0; k < keys.Length; k++)
        {
            var list = _keys[keys[k]];
            // Most populous first, so a reader that takes the first few gets the likeliest.
            list.Sort((a, b) => _places[b].Place.Population.CompareTo(_places[a].Place.Population));
            var r = keyBytes.AsSpan(k * CompactFormat.KeySize, CompactFormat.KeySize);
            BinaryPrimitives.WriteUInt32LittleEndian(r, Str(keys[k]));
            BinaryPrimitives.WriteUInt32LittleEndian(r[4..], (uint)postings.Count);
            BinaryPrimitives.WriteUInt32LittleEndian(r[8..], (uint)list.Count);
            postings.AddRange(list);
        }
        var postingBytes = new byte[postings.Count * 4];
        for (int i = 0; i < postings.Count; i++)
            BinaryPrimitives.WriteInt32LittleEndian(postingBytes.AsSpan(i * 4), postings[i]);

        var header = new byte[CompactFormat.HeaderSize];
        CompactFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), CompactFormat.Version);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), _places.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), keys.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(20), postings.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), checked((int)heap.Length));
        output.Write(header);
        output.Write(placeBytes);
        output.Write(keyBytes);
        output.Write(postingBytes);
        heap.Position = 0;
        heap.CopyTo(output);
    }
}
