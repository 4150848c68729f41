/// The report's style sheet, inlined into the page.
enum ReportStyle {
    /// The CSS.
    static let css = """
        :root {
          --ink: #14213d; --muted: #5c677d; --line: #e3e7ee; --panel: #ffffff; --page: #f4f6fa;
          --accent: #1d4e89; --accent-soft: #e8eef7; --good: #1b7f4b; --warn: #a86400; --bad: #b3261e;
          --bar: 0%;
        }
        * { box-sizing: border-box; }
        html { scroll-behavior: smooth; }
        body { margin: 0; background: var(--page); color: var(--ink);
          font: 14px/1.5 "Inter", "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
          -webkit-font-smoothing: antialiased; }
        code, pre { font-family: "JetBrains Mono", "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
        .masthead { background: linear-gradient(120deg, #0b2545 0%, #13315c 55%, #1d4e89 100%); color: #fff; }
        .masthead-inner { max-width: 1400px; margin: 0 auto; padding: 28px 32px 0; }
        .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .12em; font-size: 11.5px; opacity: .75; }
        h1 { margin: 6px 0 4px; font-size: 28px; font-weight: 650; letter-spacing: -.01em; }
        .subtitle { margin: 0 0 18px; opacity: .85; }
        .subtitle code { background: rgba(255,255,255,.12); padding: 1px 5px; border-radius: 4px; }
        nav { display: flex; gap: 4px; flex-wrap: wrap; }
        nav a { color: #dbe6f5; text-decoration: none; padding: 9px 14px; border-radius: 8px 8px 0 0; font-weight: 550; }
        nav a:hover { background: rgba(255,255,255,.12); color: #fff; }
        main { max-width: 1400px; margin: 0 auto; padding: 24px 32px 8px; }
        section { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 22px 24px;
          margin: 0 0 22px; box-shadow: 0 1px 2px rgba(20,33,61,.04); }
        .section-head h2 { margin: 0 0 4px; font-size: 19px; font-weight: 650; }
        .section-head p { margin: 0 0 14px; color: var(--muted); max-width: 920px; }
        .muted { color: var(--muted); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 14px;
          background: none; border: 0; box-shadow: none; padding: 0; }
        .card { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 14px 16px;
          border-top: 3px solid var(--accent); }
        .card.good { border-top-color: var(--good); } .card.bad { border-top-color: var(--bad); }
        .card-label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .06em; }
        .card-value { font-size: 26px; font-weight: 650; margin: 2px 0; font-variant-numeric: tabular-nums; }
        .card-value small { font-size: 13px; font-weight: 500; color: var(--muted); }
        .card-note { color: var(--muted); font-size: 12.5px; overflow-wrap: anywhere; }
        .toolbar { display: flex; align-items: center; gap: 14px; flex-wrap: wrap; margin: 0 0 12px; }
        input[type=search] { width: 340px; max-width: 100%; padding: 8px 12px; border: 1px solid #cdd5e1;
          border-radius: 8px; font: inherit; background: #fbfcfe; }
        input[type=search]:focus { outline: 2px solid var(--accent-soft); border-color: var(--accent); }
        .table-wrap { overflow: auto; max-height: 620px; border: 1px solid var(--line); border-radius: 10px; }
        table.data { border-collapse: separate; border-spacing: 0; width: 100%; font-variant-numeric: tabular-nums; }
        table.data { font-size: 13px; }
        table.data th, table.data td { padding: 7px 9px; border-bottom: 1px solid var(--line); text-align: left;
          white-space: nowrap; vertical-align: top; }
        table.data td:last-child { white-space: normal; }
        table.data thead th { position: sticky; top: 0; z-index: 1; background: #f7f9fc; font-size: 12px;
          color: #3a4660; font-weight: 650; border-bottom: 1px solid #cfd7e3; vertical-align: bottom; }
        table.data thead th.metric { white-space: normal; min-width: 78px; max-width: 104px; line-height: 1.25; }
        table.data tbody tr:nth-child(even) { background: #fafbfd; }
        table.data tbody tr:hover { background: var(--accent-soft); }
        .num { text-align: right !important; }
        .unit { display: block; font-weight: 450; color: var(--muted); font-size: 11px; }
        th.score { background: #f3f0fa !important; }
        table.sortable thead th { cursor: pointer; user-select: none; }
        table.sortable thead th::after { content: " \\2195"; color: #b3bccb; font-size: 11px; }
        table.sortable thead th[aria-sort=ascending]::after { content: " \\2191"; color: var(--accent); }
        table.sortable thead th[aria-sort=descending]::after { content: " \\2193"; color: var(--accent); }
        td.rank { color: var(--muted); }
        td.bar { background-image: linear-gradient(90deg, #7aa3d4, #1d4e89); background-repeat: no-repeat;
          background-size: var(--bar) 3px; background-position: 10px calc(100% - 5px); }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 11.5px; font-weight: 600; }
        .badge.ok { background: #e3f4ea; color: var(--good); }
        .badge.warn { background: #fdf0dc; color: var(--warn); }
        .badge.bad { background: #fbe4e2; color: var(--bad); }
        .segmented { display: inline-flex; border: 1px solid #cdd5e1; border-radius: 9px; overflow: hidden; }
        .segmented button { border: 0; background: #fff; padding: 7px 12px; font: inherit; color: var(--ink); cursor: pointer; }
        .segmented button + button { border-left: 1px solid #cdd5e1; }
        .segmented button.active { background: var(--accent); color: #fff; }
        .segmented button.active .unit { color: #dbe6f5; }
        .segmented .unit { display: inline; }
        label.select { color: var(--muted); }
        select { margin-left: 6px; padding: 6px 8px; border-radius: 8px; border: 1px solid #cdd5e1; font: inherit; background: #fff; }
        table.heat { border-collapse: separate; border-spacing: 3px; font-variant-numeric: tabular-nums; }
        table.heat th { font-weight: 600; font-size: 12.5px; padding: 6px 10px; text-align: left; color: #3a4660; }
        table.heat thead th { text-align: center; }
        table.heat td { min-width: 86px; height: 38px; text-align: center; border-radius: 6px; font-weight: 600; }
        table.heat td.empty { background: repeating-linear-gradient(45deg, #f1f3f7, #f1f3f7 5px, #e7ebf1 5px, #e7ebf1 10px);
          color: #9aa4b5; font-weight: 400; }
        .legend { display: flex; align-items: center; gap: 8px; margin: 10px 0 0 4px; color: var(--muted); font-size: 12px; }
        .legend { flex-wrap: wrap; }
        .legend .swatch { width: 22px; height: 12px; border-radius: 3px; margin-left: 18px; }
        .legend .swatch.empty { background: repeating-linear-gradient(45deg, #f1f3f7, #f1f3f7 4px, #dfe4ec 4px, #dfe4ec 8px); }
        .legend-note { color: var(--muted); font-size: 12px; margin: 6px 0 0 4px; }
        table.heat th .id { display: block; font-weight: 400; font-size: 11px; color: var(--muted); }
        table.heat td sup { font-size: 10px; margin-left: 1px; }
        td.num.flag { color: #9a3412; }
        td.num.flag::after { content: "*"; font-size: 10px; vertical-align: super; }
        .legend .ramp { width: 220px; height: 10px; border-radius: 5px; background: \(HeatScale.gradient); }
        .envelope-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 18px; }
        .envelope-card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; background: #fcfdfe; }
        .envelope-card h3 { margin: 0; font-size: 16px; }
        .envelope-card header p { margin: 2px 0 8px; color: var(--muted); }
        figure { margin: 0; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: 12.5px; margin-top: 4px; }
        details summary { cursor: pointer; color: var(--accent); font-weight: 550; margin: 10px 0 6px; }
        .small-multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 12px; }
        dl.facts { display: grid; grid-template-columns: 190px 1fr; gap: 6px 18px; margin: 0 0 16px; }
        dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        pre.plan { background: #0f1b2d; color: #e6edf7; padding: 16px 18px; border-radius: 10px; overflow: auto;
          max-height: 520px; line-height: 1.45; }
        footer { max-width: 1400px; margin: 0 auto; padding: 4px 32px 36px; color: var(--muted); font-size: 12.5px; }
        [hidden] { display: none !important; }
        @media print {
          body { background: #fff; } .masthead { background: #0b2545; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          nav, .toolbar input, details summary { display: none; } details > * { display: block !important; }
          section { break-inside: avoid; box-shadow: none; } .table-wrap { max-height: none; overflow: visible; }
        }
        """
}
