import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { type CSSProperties, useEffect, useRef } from "react";
import type { ChartOption } from "./explorer-view.js";

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * Gives the chart's SVG a viewBox so that it scales with its box: the printed page is narrower than the screen,
 * and a scaled vector drawing stays sharp where a re-rendered or bitmap chart would be cut or blurred.
 */
function makeScalable(root: HTMLElement) {
  const svg = root.querySelector("svg");
  if (!svg) return;
  const width = svg.getAttribute("width");
  const height = svg.getAttribute("height");
  if (width && height) svg.setAttribute("viewBox", `0 0 ${Number.parseFloat(width)} ${Number.parseFloat(height)}`);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  // In the flow (not absolutely placed) so that its box gets the drawing's height when the width changes.
  svg.style.position = "static";
  // ECharts sizes its inner box in pixels; let it follow ours (the same on screen, narrower on paper).
  const inner = svg.parentElement;
  if (inner && inner !== root) {
    inner.style.width = "100%";
    inner.style.height = "100%";
  }
}

/** An ECharts chart drawn as SVG (sharp in print), redrawn when its options change and on resize. */
export function ExplorerChart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: "svg" });
    chart.on("finished", () => makeScalable(element));
    chart.setOption(option, { notMerge: true });
    makeScalable(element);
    const resize = () => {
      chart.resize();
      makeScalable(element);
    };
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [option]);
  return (
    <div
      ref={ref}
      className="explorer-chart"
      style={{ "--chart-height": `${height}px` } as CSSProperties}
      role="img"
      aria-label={label}
    />
  );
}
