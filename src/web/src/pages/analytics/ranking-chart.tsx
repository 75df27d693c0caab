import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import { formatVnNumber } from "../../../../domain/vn-number.js";

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

// "Sở Khoa học và Công nghệ tỉnh Cao Bằng" → "tỉnh Cao Bằng": the axis has room for the place only.
const shortName = (name: string) =>
  name.replace(/^Sở (Khoa học và Công nghệ|Thông tin và Truyền thông|KH&CN|TT&TT) /, "");

/** Horizontal bars of a ranking, best at the top, numbers in Vietnamese notation; SVG so it prints sharply. */
export function RankingChart({
  entries,
  unit,
}: {
  entries: { unitName: string; value: number | null }[];
  unit: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: "svg" });
    const ranked = entries.filter((e) => e.value !== null).reverse();
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", valueFormatter: (v: number) => `${formatVnNumber(v)} ${unit}` },
      xAxis: { type: "value", axisLabel: { formatter: (v: number) => formatVnNumber(v) } },
      yAxis: { type: "category", data: ranked.map((e) => shortName(e.unitName)) },
      series: [
        {
          type: "bar",
          data: ranked.map((e) => e.value),
          itemStyle: { color: "#1f5f8b" },
          label: { show: true, position: "right", formatter: (p: { value: number }) => formatVnNumber(p.value) },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [entries, unit]);
  const bars = entries.filter((e) => e.value !== null).length;
  return <div ref={ref} className="ranking-chart" style={{ height: Math.min(900, 60 + bars * 24) }} />;
}
