using Xunit;

namespace Honua.Server.Tests;

[Collection("Collections")]
public class CollectionTests(HonuaServer server) : ServerTests(server)
{
    [Fact]
    [Trait("Category", "smoke")]
    public async Task NineCollectionsWith685Features()
    {
        var list = (await Server.GetJsonAsync("/collections"))["collections"]!.AsArray();
        Assert.Equal(HonuaServer.ExpectedCounts.Keys.Order(), list.Select(c => (string)c!["id"]!).Order());
        Assert.Equal(685, list.Sum(c => (int)c!["itemCount"]!));
    }

    [Theory]
    [MemberData(nameof(HonuaServer.Collections), MemberType = typeof(HonuaServer))]
    public async Task CollectionDocument(string collection)
    {
        var doc = await Server.GetJsonAsync($"/collections/{collection}");
        Assert.Equal(collection, (string?)doc["id"]);
        Assert.Equal(HonuaServer.ExpectedCounts[collection], (int)doc["itemCount"]!);
        Assert.Equal(HonuaServer.Crs84, (string?)doc["crs"]![0]);
        Assert.EndsWith($"/collections/{collection}/items", HonuaServer.Link(doc, "items"));
    }

    [Theory]
    [MemberData(nameof(HonuaServer.Collections), MemberType = typeof(HonuaServer))]
    public async Task ExtentHoldsEveryFeature(string collection)
    {
        var box = Json.Bbox(await Server.GetJsonAsync($"/collections/{collection}"));
        var page = await Server.GetJsonAsync($"/collections/{collection}/items?limit=10000");
        var points = page["features"]!.AsArray().SelectMany(f => HonuaServer.Positions(f!["geometry"]!)).ToList();
        Assert.Equal(box[0], points.Min(p => p.X), 6);
        Assert.Equal(box[1], points.Min(p => p.Y), 6);
        Assert.Equal(box[2], points.Max(p => p.X), 6);
        Assert.Equal(box[3], points.Max(p => p.Y), 6);
    }
}
