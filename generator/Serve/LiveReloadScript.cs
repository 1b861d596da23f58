using System.Text;

namespace ProfileGen.Serve;

/// <summary>
/// The small script the dev server adds to every HTML response (never to <c>build</c> output): it
/// listens to the server's events, reloads the page after a rebuild, swaps a changed stylesheet in
/// place, and shows the build's errors as an overlay. Diagnostics reach the page as JSON and are
/// written with textContent only, so nothing from a profile can become markup.
/// </summary>
public static class LiveReloadScript
{
    public const string ScriptPath = "/__profilegen/live.js";
    public const string EventsPath = "/__profilegen/events";

    /// <summary>Adds the script tag before the last &lt;/body&gt;, or at the end when there is none.</summary>
    /// <param name="build">The build the server is serving; a page that reconnects to a newer build reloads.</param>
    public static byte[] Inject(byte[] html, int build)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{ScriptPath}\" data-build=\"{build}\" defer></script>\n";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }

    public const string Source = """
        // ProfileGen dev server: live reload, stylesheet swap and the build-error overlay (serve mode only).
        (function () {
          "use strict";
          var script = document.currentScript;
          var build = script ? Number(script.getAttribute("data-build")) : -1;
          var overlayId = "__profilegen-overlay";

          function el(tag, text, style) {
            var node = document.createElement(tag);
            if (text !== undefined && text !== null) node.textContent = String(text);
            if (style) node.setAttribute("style", style);
            return node;
          }

          function hideOverlay() {
            var old = document.getElementById(overlayId);
            if (old) old.remove();
          }

          function showProblems(problems) {
            hideOverlay();
            var errors = (problems || []).filter(function (p) { return p.severity === "error"; });
            (problems || []).filter(function (p) { return p.severity !== "error"; }).forEach(function (p) {
              console.warn(p.file + ":" + p.line + ":" + p.column + ": warning: " + p.message);
            });
            if (errors.length === 0) return;
            var overlay = el("div", null,
              "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);color:#f3f3f3;" +
              "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem;box-sizing:border-box");
            overlay.id = overlayId;
            overlay.setAttribute("role", "alert");
            var close = el("button", "\u00d7", "float:right;font-size:1.5rem;background:none;color:inherit;border:0;cursor:pointer");
            close.setAttribute("aria-label", "Hide the build errors");
            close.addEventListener("click", hideOverlay);
            overlay.appendChild(close);
            overlay.appendChild(el("h2", "Build failed: " + errors.length + (errors.length === 1 ? " error" : " errors") +
              ". The page shows the last good build; fix the file and it updates.", "margin:0 0 1rem;font-size:1.1rem;color:#ff8080"));
            errors.forEach(function (p) {
              var block = el("pre", null, "white-space:pre-wrap;margin:0 0 1.25rem;padding:1rem;background:#2a2a30;border-left:4px solid #ff6060");
              block.className = "__profilegen-problem";
              block.appendChild(el("strong", p.file + ":" + p.line + ":" + p.column + ": error: " + p.message));
              if (p.excerpt) block.appendChild(el("span", "\n" + p.excerpt.replace(/\n$/, "")));
              if (p.hint) block.appendChild(el("span", "\n  = help: " + p.hint, "color:#9fd3ff"));
              overlay.appendChild(block);
            });
            document.body.appendChild(overlay);
          }

          function isHex(text) { return text.length > 0 && /^[0-9a-f]+$/.test(text); }

          function swapStylesheets(sheets) {
            var links = document.querySelectorAll("link[rel~='stylesheet']");
            Array.prototype.forEach.call(links, function (link) {
              var path = new URL(link.href, location.href).pathname;
              sheets.forEach(function (sheet) {
                var middle = path.slice(sheet.prefix.length, path.length - sheet.suffix.length);
                var same = path === sheet.path ||
                  (path.length > sheet.prefix.length + sheet.suffix.length && path.indexOf(sheet.prefix) === 0 &&
                   path.slice(-sheet.suffix.length) === sheet.suffix && isHex(middle));
                if (same) link.setAttribute("href", sheet.href);
              });
            });
          }

          var source = new EventSource("/__profilegen/events?page=" + encodeURIComponent(location.pathname));
          source.onmessage = function (event) {
            var message;
            try { message = JSON.parse(event.data); } catch (e) { return; }
            if (message.type === "hello") {
              if (build >= 0 && message.build !== build) { location.reload(); return; }
              showProblems(message.problems);
            } else if (message.type === "reload") {
              location.reload();
            } else if (message.type === "css") {
              swapStylesheets(message.sheets || []);
              build = message.build;
              showProblems(message.problems);
            } else if (message.type === "unchanged") {
              build = message.build;
              showProblems(message.problems);
            } else if (message.type === "problems") {
              showProblems(message.problems);
            }
          };
        })();

        """;
}
