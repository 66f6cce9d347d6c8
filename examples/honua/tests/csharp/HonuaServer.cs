using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Honua.Server.Tests;

/// <summary>The example server's address and seed data, and a client for it (read-only calls).</summary>
public sealed class HonuaServer : IDisposable
{
    public static readonly string BaseUrl =
        (Environment.GetEnvironmentVariable("HONUA_BASE_URL") is { Length: > 0 } url ? url : "http://localhost:8080")
        .TrimEnd('/');

    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /// <summary>The nine datasets and their feature counts (685 in all).</summary>
    public static readonly IReadOnlyDictionary<string, int> ExpectedCounts = new Dictionary<string, int>
    {
        ["cities"] = 40,
        ["poi"] = 150,
        ["roads"] = 90,
        ["transit_routes"] = 25,
        ["parcels"] = 160,
        ["buildings_3d"] = 120,
        ["parks"] = 35,
        ["water_bodies"] = 25,
        ["admin_boundaries"] = 40,
    };

    public static IEnumerable<object[]> Collections() => ExpectedCounts.Keys.Order().Select(c => new object[] { c });

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };

    public async Task<(HttpStatusCode Status, string ContentType, JsonNode? Body)> SendAsync(
        HttpMethod method, string target)
    {
        var uri = target.StartsWith("http", StringComparison.Ordinal) ? target : BaseUrl + target;
        using var request = new HttpRequestMessage(method, uri);
        if (method == HttpMethod.Post || method == HttpMethod.Put)
            request.Content = new StringContent("{}");
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request);
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException(
                $"the Honua test server at {BaseUrl} does not answer ({e.Message}); start it or set HONUA_BASE_URL", e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            return (response.StatusCode, type, text.Length == 0 ? null : JsonNode.Parse(text));
        }
    }

    public Task<(HttpStatusCode Status, string ContentType, JsonNode? Body)> GetAsync(string target) =>
        SendAsync(HttpMethod.Get, target);

    /// <summary>GET that must answer 200 with JSON.</summary>
    public async Task<JsonNode> GetJsonAsync(string target)
    {
        var (status, _, body) = await GetAsync(target);
        if (status != HttpStatusCode.OK || body is null)
            throw new Xunit.Sdk.XunitException($"GET {target}: HTTP {(int)status}: {body?.ToJsonString()}");
        return body;
    }

    public static string? Link(JsonNode doc, string rel) =>
        doc["links"]?.AsArray().FirstOrDefault(l => (string?)l?["rel"] == rel)?["href"]?.GetValue<string>();

    public static IEnumerable<(double X, double Y)> Positions(JsonNode geometry)
    {
        var found = new List<(double, double)>();
        void Walk(JsonNode node)
        {
            var array = node.AsArray();
            if (array.Count > 0 && array[0] is JsonValue)
                found.Add((array[0]!.GetValue<double>(), array[1]!.GetValue<double>()));
            else
                foreach (var part in array) Walk(part!);
        }
        Walk(geometry["coordinates"]!);
        return found;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>Each collection below gets its own client: nothing is shared across collections.</summary>
public abstract class ServerTests : IClassFixture<HonuaServer>
{
    protected ServerTests(HonuaServer server) => Server = server;
    protected HonuaServer Server { get; }
}

internal static class Json
{
    public static double[] Bbox(JsonNode collection) =>
        collection["extent"]!["spatial"]!["bbox"]![0]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    public static string Csv(IEnumerable<double> values) =>
        string.Join(",", values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
