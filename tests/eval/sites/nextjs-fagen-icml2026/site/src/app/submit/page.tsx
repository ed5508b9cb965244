import { RedirectTo } from "@/components/RedirectTo";

export const metadata = {
  title: "FAGEN | Call for Papers",
};

export default function SubmitPage() {
  return <RedirectTo target="/#cfp" />;
}
