namespace Vacances.Web.Pages;

/// <summary>
/// The dashboard's stylesheet, served at <c>/static/site.css</c>. Colours meet WCAG AA contrast on white; the
/// layout folds to one column under 700 px (phone width).
/// </summary>
public static class SiteStylesheet
{
    public const string Css = """
        :root { --ink: #1b1f24; --muted: #4a5360; --accent: #0b5cad; --line: #d0d6de; --bg-soft: #f3f6f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
        .top { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: .75rem 1.25rem; background: var(--accent); color: #fff; flex-wrap: wrap; }
        .top .brand { font-weight: bold; }
        .top form { display: inline; } .top button { background: #fff; color: var(--accent); border: 0; padding: .35rem .8rem; border-radius: 4px; cursor: pointer; }
        main { max-width: 1100px; margin: 0 auto; padding: 1.25rem; }
        h1 { font-size: 1.6rem; margin: .2rem 0 1rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: .8rem; }
        .tile { background: var(--bg-soft); border-radius: 6px; padding: .8rem 1rem; }
        .tile .v { font-size: 1.6rem; font-weight: bold; display: block; } .tile .l { color: var(--muted); font-size: .9rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: flex-end; background: var(--bg-soft); padding: .8rem; border-radius: 6px; }
        form.filters label { display: flex; flex-direction: column; font-size: .9rem; color: var(--muted); }
        select, input, button { font: inherit; padding: .35rem .5rem; }
        button.primary, a.button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .45rem 1rem; text-decoration: none; display: inline-block; }
        :focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
        .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        figure { margin: 0; } figure svg { width: 100%; height: auto; } figcaption { color: var(--muted); font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; } th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .secret { color: var(--muted); font-style: italic; }
        .login { max-width: 380px; margin: 3rem auto; display: flex; flex-direction: column; gap: .8rem; }
        .login label { display: flex; flex-direction: column; gap: .25rem; }
        .error { color: #a40000; font-weight: bold; }
        .note { color: var(--muted); font-size: .9rem; }
        @media (max-width: 700px) { .charts { grid-template-columns: 1fr; } main { padding: .75rem; } table { font-size: .85rem; } }
        """;
}
