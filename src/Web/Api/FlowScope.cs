using Vacances.Analytics.Flows;
using Vacances.Web.Auth;

namespace Vacances.Web.Api;

/// <summary>Which aid flows a role may see (DESIGN §9): staff and admins all, a funder only its own rows.</summary>
public static class FlowScope
{
    public static IReadOnlyList<AidFlow> For(string role, IReadOnlyList<AidFlow> flows) =>
        WebRoles.FunderCode(role) is { } funder
            ? flows.Where(f => string.Equals(f.Funder, funder, StringComparison.Ordinal)).ToArray()
            : WebRoles.SeesUnsuppressed(role) ? flows : [];
}
