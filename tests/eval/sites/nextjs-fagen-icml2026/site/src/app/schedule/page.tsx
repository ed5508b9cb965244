import { RedirectTo } from "@/components/RedirectTo";

export const metadata = {
  title: "FAGEN | Schedule",
};

export default function SchedulePage() {
  return <RedirectTo target="/#schedule" />;
}
