const AcceptedPapers = () => {
    return (
        <div className="text-justify">
            <ol className="list-disc list-inside space-y-2 mt-2 mb-8 ml-4">
                <li>Hidetomo Sakaino, Nguyen Xuan Nam, &quot;StructCon-ST: Connectivity-Aware Spatio-Temporal Fine-Grained Image Analysis.&quot;</li>
            </ol>
        </div>
    )
}
export default AcceptedPapers;
