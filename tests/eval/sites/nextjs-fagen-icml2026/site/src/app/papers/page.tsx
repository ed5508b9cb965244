import { RedirectTo } from "@/components/RedirectTo";

export const metadata = {
  title: "FAGEN",
};

export default function PapersPage() {
  return <RedirectTo target="/" />;
}
