export {
  type DemoDepartment,
  demoDepartments,
  demoSuccessions,
  demoUnitDefinitions,
  departmentNameOn,
} from "./departments.js";
export { type DemoOptions, generateDemoReports } from "./generate-demo-reports.js";
export { type DemoSlip, demoSlipFor } from "./slip.js";
