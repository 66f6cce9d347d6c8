using Xunit;

namespace Honua.Server.Tests;

[Collection("Items")]
public class ItemsTests(HonuaServer server) : ServerTests(server)
{
    [Theory]
    [MemberData(nameof(HonuaServer.Collections), MemberType = typeof(HonuaServer))]
    public async Task FirstPageHasTheDefaultLimit(string collection)
    {
        var (_, type, doc) = await Server.GetAsync($"/collections/{collection}/items");
        Assert.Equal("application/geo+json", type);
        Assert.Equal(10, doc!["features"]!.AsArray().Count);
        Assert.Equal(HonuaServer.ExpectedCounts[collection], (int)doc["numberMatched"]!);
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(39, 39, true)]
    [InlineData(40, 40, false)]
    [InlineData(10000, 40, false)]
    public async Task Limit(int limit, int returned, bool hasNext)
    {
        var doc = await Server.GetJsonAsync($"/collections/cities/items?limit={limit}");
        Assert.Equal(returned, (int)doc["numberReturned"]!);
        Assert.Equal(hasNext, HonuaServer.Link(doc, "next") is not null);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(35, 5)]
    [InlineData(40, 0)]
    public async Task Offset(int offset, int returned)
    {
        var doc = await Server.GetJsonAsync($"/collections/cities/items?offset={offset}");
        Assert.Equal(returned, (int)doc["numberReturned"]!);
    }

    [Theory]
    [MemberData(nameof(HonuaServer.Collections), MemberType = typeof(HonuaServer))]
    public async Task BboxOfTheSouthWestQuarter(string collection)
    {
        var b = Json.Bbox(await Server.GetJsonAsync($"/collections/{collection}"));
        double[] quarter = [b[0], b[1], (b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
        var doc = await Server.GetJsonAsync($"/collections/{collection}/items?limit=10000&bbox={Json.Csv(quarter)}");
        var features = doc["features"]!.AsArray();
        Assert.InRange(features.Count, 1, HonuaServer.ExpectedCounts[collection] - 1);
        foreach (var f in features)
        {
            var points = HonuaServer.Positions(f!["geometry"]!).ToList();
            // Its box touches the quarter.
            Assert.True(points.Max(p => p.X) >= quarter[0] && points.Min(p => p.X) <= quarter[2]);
            Assert.True(points.Max(p => p.Y) >= quarter[1] && points.Min(p => p.Y) <= quarter[3]);
        }
    }
}
