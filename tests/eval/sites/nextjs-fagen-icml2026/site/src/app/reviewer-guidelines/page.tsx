import { RedirectTo } from "@/components/RedirectTo";

export const metadata = {
  title: "FAGEN",
};

export default function ReviewerGuidelinesPage() {
  return <RedirectTo target="/" />;
}
