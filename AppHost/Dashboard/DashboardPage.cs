namespace AdFlux.AppHost.Dashboard;

/// <summary>One static page that polls <c>/api/resources</c> and tails the selected resource's logs.</summary>
public static class DashboardPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>AdFlux resources</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
          table { border-collapse: collapse; }
          th, td { text-align: left; padding: .3rem .8rem; border-bottom: 1px solid #ddd; }
          tr.selected { background: #eef4ff; }
          tr { cursor: pointer; }
          .Healthy { color: #17803d; } .Unhealthy { color: #b42318; } .Unknown { color: #777; }
          pre { background: #111; color: #ddd; padding: .8rem; height: 45vh; overflow: auto; font-size: 12px; }
        </style>
        </head>
        <body>
        <h1>AdFlux resources</h1>
        <table>
          <thead><tr><th>Name</th><th>Type</th><th>State</th><th>URL</th><th>Health</th><th>Restarts</th><th>PID</th></tr></thead>
          <tbody id="rows"></tbody>
        </table>
        <h2 id="log-title">Logs</h2>
        <pre id="logs">Select a resource to tail its logs.</pre>
        <script>
        let selected = null;
        const text = value => document.createTextNode(value ?? "-");
        function cell(row, value, cls) {
          const td = document.createElement("td");
          if (cls) td.className = cls;
          if (typeof value === "string" && /^https?:/.test(value)) {
            const a = document.createElement("a"); a.href = value; a.appendChild(text(value)); td.appendChild(a);
          } else {
            td.appendChild(text(value));
          }
          row.appendChild(td);
        }
        async function refresh() {
          try {
            const resources = await (await fetch("/api/resources")).json();
            const rows = document.getElementById("rows");
            rows.replaceChildren(...resources.map(r => {
              const tr = document.createElement("tr");
              if (r.name === selected) tr.className = "selected";
              tr.onclick = () => { selected = r.name; refresh(); };
              [r.name, r.type, r.state, r.url].forEach(v => cell(tr, v));
              cell(tr, r.health, r.health);
              [String(r.restarts), r.pid == null ? "-" : String(r.pid)].forEach(v => cell(tr, v));
              return tr;
            }));
            if (selected) {
              const lines = await (await fetch(`/api/resources/${encodeURIComponent(selected)}/logs?tail=300`)).json();
              const pre = document.getElementById("logs");
              const atBottom = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 5;
              document.getElementById("log-title").textContent = `Logs: ${selected}`;
              pre.textContent = lines.join("\n");
              if (atBottom) pre.scrollTop = pre.scrollHeight;
            }
          } catch (e) {
            document.getElementById("log-title").textContent = "Logs (AppHost not answering)";
          }
        }
        refresh();
        setInterval(refresh, 2000);
        </script>
        </body>
        </html>
        """;
}
