using Xunit;

namespace Honua.Server.Tests;

[Collection("Paging")]
[Trait("Category", "integration")]
public class PagingTests(HonuaServer server) : ServerTests(server)
{
    [Theory]
    [MemberData(nameof(HonuaServer.Collections), MemberType = typeof(HonuaServer))]
    public async Task NextLinksReachEveryFeatureOnce(string collection)
    {
        var ids = new List<string>();
        string? href = $"{HonuaServer.BaseUrl}/collections/{collection}/items?limit=11";
        while (href is not null)
        {
            var page = await Server.GetJsonAsync(href);
            ids.AddRange(page["features"]!.AsArray().Select(f => (string)f!["id"]!));
            href = HonuaServer.Link(page, "next");
        }
        Assert.Equal(HonuaServer.ExpectedCounts[collection], ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
