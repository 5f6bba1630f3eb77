extension BuiltinThemes {
    /// `Themes/solarized.yaml`, compiled in so the theme works from any directory (a test keeps them identical).
    static let solarized = """
        # cloudtop solarized theme: Ethan Schoonover's Solarized dark palette in 24-bit colour.
        name: solarized
        description: Solarized dark, in 24-bit colour (reduced on smaller palettes).
        inherits: default
        palette:
          base03: "#002b36"
          base02: "#073642"
          base01: "#586e75"
          base0: "#839496"
          base1: "#93a1a1"
          yellow: "#b58900"
          orange: "#cb4b16"
          red: "#dc322f"
          magenta: "#d33682"
          violet: "#6c71c4"
          blue: "#268bd2"
          cyan: "#2aa198"
          green: "#859900"
          accent: "#2aa198"
          ok: "#859900"
          warn: "#b58900"
          crit: "#dc322f"
          pending: "#268bd2"
          muted: "#586e75"
          command: "#d33682"
          alert: "#fdf6e3"
        roles:
          text: {fg: base0}
          text.emphasis: {fg: base1, bold: true}
          panel.title: {fg: base1, bold: true}
          overlay: {fg: base0, bg: base02}
          selection: {fg: base1, bg: base02, bold: true}
          chart.label: {fg: base0}
          chart.value: {fg: base1}
          statusBar: {fg: base0, bg: base02}
          statusBar.key: {fg: accent, bg: base02, bold: true}
          titleBar: {fg: base1, bg: base02, bold: true}
          titleBar.accent: {fg: accent, bg: base02, bold: true}
          event.info: {fg: base0}
          map.node: {fg: base1, bold: true}
        """
}
