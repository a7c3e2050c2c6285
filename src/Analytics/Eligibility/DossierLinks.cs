namespace Vacances.Analytics.Eligibility;

/// <summary>
/// Groups of linked dossiers (a disjoint-set forest over dossier positions). A group's root is always its smallest
/// position, so the first dossier met of a group, in file order, is its root.
/// </summary>
internal sealed class DossierLinks
{
    private readonly int[] _parent;

    public DossierLinks(int dossiers)
    {
        _parent = new int[dossiers];
        for (var d = 0; d < dossiers; d++) _parent[d] = d;
    }

    /// <summary>The root of <paramref name="dossier"/>'s group (paths halved on the way).</summary>
    public int Find(int dossier)
    {
        while (_parent[dossier] != dossier)
        {
            _parent[dossier] = _parent[_parent[dossier]];
            dossier = _parent[dossier];
        }
        return dossier;
    }

    /// <summary>Joins the groups of two dossiers under the smaller root.</summary>
    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return;
        if (ra < rb) _parent[rb] = ra;
        else _parent[ra] = rb;
    }
}
