using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Tests.Organisation;

/// <summary>The real reference files as copied to the test output, loaded once.</summary>
internal static class ShippedReferenceData
{
    private static readonly Lazy<ReferenceData> Data = new(() => ReferenceData.Load(ReferenceData.DefaultDirectory));

    public static ReferenceData Value => Data.Value;
}
