extension BuiltinThemes {
    /// `Themes/monochrome.yaml`, compiled in so the theme works from any directory (a test keeps them identical).
    static let monochrome = """
        # cloudtop monochrome theme: no colour at all; meaning carried by bold, underline and reverse.
        name: monochrome
        description: No colour; bold, underline and reverse carry the meaning.
        roles:
          text: {}
          text.dim: {dim: true}
          text.emphasis: {bold: true}
          panel.border: {}
          panel.border.focused: {bold: true}
          panel.title: {bold: true}
          panel.title.focused: {bold: true, reverse: true}
          meter.label: {bold: true}
          meter.empty: {dim: true}
          meter.value.ok: {}
          meter.value.warn: {bold: true}
          meter.value.crit: {bold: true, reverse: true}
          state.healthy: {}
          state.warning: {bold: true, underline: true}
          state.critical: {bold: true, reverse: true}
          state.pending: {underline: true}
          state.stopped: {dim: true}
          fault.active: {bold: true, reverse: true}
          statusBar: {}
          statusBar.key: {bold: true, reverse: true}
          titleBar: {bold: true}
          titleBar.accent: {bold: true, reverse: true}
          event.time: {dim: true}
          event.info: {}
          event.warning: {bold: true}
          event.critical: {bold: true, reverse: true}
          event.command: {underline: true}
          sparkline: {}
          sparkline.target: {dim: true}
          selection: {reverse: true}
          overlay: {}
          overlay.border: {bold: true}
          overlay.title: {bold: true, reverse: true}
          chart.bar: {}
          chart.label: {}
          chart.value: {bold: true}
          table.header: {bold: true, underline: true}
          map.node: {bold: true}
          map.flow: {}
        """
}
