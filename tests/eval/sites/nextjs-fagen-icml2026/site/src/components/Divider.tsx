export function Divider() {
  return (
    <div className="mx-auto max-w-[1154px] px-4">
      <hr className="border-t border-[#d9d3c8]" />
    </div>
  );
}
