import { OverviewSkeleton } from "@/components/layout/page-skeletons";

// Scoped to this page by its route group: a loading boundary higher up would start streaming with status 200
// before nested pages could answer 403 or 404.
export default OverviewSkeleton;
